import { useI18n } from './i18n';

/**
 * "Set by your organisation": shown next to a control that the organisation's policy (managed
 * storage) fixes, so the user knows why it cannot be changed and whom to ask.
 */
export function ManagedNote({ testId }: { testId?: string }) {
  const { t } = useI18n();
  return (
    <p class="ew-muted ew-managed-note" data-testid={testId ?? 'managed-note'}>
      <span aria-hidden="true">🔒 </span>
      {t('common_set_by_organisation')}
    </p>
  );
}
