import { useI18n } from '../../../../components/i18n';
import { IgnoredLists } from './IgnoredLists';
import { TryItBox } from './TryItBox';
import { VacancyActivitySection } from './VacancyActivitySection';
import './vacancy-page.css';

/**
 * Vacaturecheck in the dashboard (docs/decisions.md#vacancy-dashboard): what the check did in a
 * period, a box to check pasted text with the engine itself (for sites that are not switched on),
 * and the user's ignores with undo, which the background passes on to open pages.
 */
export function VacancyPage() {
  const { t } = useI18n();
  return (
    <>
      <p class="ew-muted">{t('dashboard_vacancy_page_intro')}</p>
      <VacancyActivitySection />
      <TryItBox />
      <IgnoredLists />
    </>
  );
}
