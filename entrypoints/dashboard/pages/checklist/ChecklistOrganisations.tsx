import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useI18n } from '../../../../components/i18n';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import {
  OrganisationError,
  createOrganisation,
  deleteOrganisation,
  renameOrganisation,
  setActiveOrganisation,
  setOrganisationPack,
} from '../../../../lib/checklist-store/organisations';
import { getDatabase } from '../../../../lib/db/database';
import type { OrganisationRow } from '../../../../lib/db/rows';
import { PROGRESS_LIMITS } from '../../../../lib/checklist/progress-schema';
import type { MessageKey } from '../../../../lib/i18n/translate';

const ERROR_KEYS: Record<OrganisationError['code'], MessageKey> = {
  'empty-name': 'checklist_org_error_empty',
  'name-too-long': 'checklist_org_error_long',
  'duplicate-name': 'checklist_org_error_duplicate',
  unknown: 'checklist_org_error_unknown',
  'last-one': 'checklist_org_error_last',
};

/** Several profiles (locations, departments), each with its own progress; one is active. */
export function ChecklistOrganisations({ data }: { data: ChecklistData }) {
  const { locale, t } = useI18n();
  const { state } = data;
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();
  const [deleting, setDeleting] = useState<OrganisationRow>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const run = async (action: () => Promise<unknown>, ok: string) => {
    try {
      await action();
      setMessage({ kind: 'ok', text: ok });
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof OrganisationError ? t(ERROR_KEYS[error.code]) : t('common_save_failed') });
      return false;
    }
  };

  return (
    <>
      <section class="ew-card" aria-labelledby="cl-orgs-heading">
        <h2 id="cl-orgs-heading">{t('checklist_orgs_heading')}</h2>
        <p class="ew-muted">{t('checklist_orgs_intro')}</p>
        <table class="ew-table" data-testid="organisations">
          <thead>
            <tr>
              <th scope="col">{t('checklist_org_name')}</th>
              <th scope="col">{t('checklist_org_pack')}</th>
              <th scope="col">{t('checklist_org_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.organisations.map((organisation) => {
              const active = organisation.id === state.organisation.id;
              const isRenaming = renaming?.id === organisation.id;
              return (
                <tr key={organisation.id} data-organisation={organisation.name} aria-current={active ? 'true' : undefined}>
                  <td>
                    {isRenaming ? (
                      <form
                        class="ew-row"
                        onSubmit={(event) => {
                          event.preventDefault();
                          void run(
                            () => renameOrganisation(getDatabase(), organisation.id, renaming.name),
                            t('checklist_org_renamed'),
                          ).then((ok) => ok && setRenaming(undefined));
                        }}
                      >
                        <label class="ew-visually-hidden" for={`cl-rename-${organisation.id}`}>
                          {t('checklist_org_new_name', organisation.name)}
                        </label>
                        <input
                          id={`cl-rename-${organisation.id}`}
                          class="ew-input"
                          type="text"
                          maxLength={PROGRESS_LIMITS.organisationNameChars}
                          value={renaming.name}
                          data-testid="org-rename-input"
                          onInput={(event) => setRenaming({ id: organisation.id, name: event.currentTarget.value })}
                        />
                        <button type="submit" class="ew-button">
                          {t('checklist_save')}
                        </button>
                        <button type="button" class="ew-button ew-button--secondary" onClick={() => setRenaming(undefined)}>
                          {t('common_cancel')}
                        </button>
                      </form>
                    ) : (
                      <>
                        <strong>{organisation.name}</strong>{' '}
                        {active && <span class="cl-status cl-status--done">{t('checklist_org_active')}</span>}
                      </>
                    )}
                  </td>
                  <td>
                    <label class="ew-visually-hidden" for={`cl-pack-${organisation.id}`}>
                      {t('checklist_org_pack_for', organisation.name)}
                    </label>
                    <select
                      id={`cl-pack-${organisation.id}`}
                      class="ew-input"
                      value={organisation.packId}
                      onChange={(event) =>
                        void run(() => setOrganisationPack(getDatabase(), organisation.id, event.currentTarget.value), t('checklist_saved'))
                      }
                    >
                      {state.installedPacks.map((pack) => (
                        <option key={pack.id} value={pack.id}>
                          {pack.name[locale]} {pack.version}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div class="ew-row">
                      {!active && (
                        <button
                          type="button"
                          class="ew-button"
                          data-testid="org-activate"
                          onClick={() =>
                            void run(
                              () => setActiveOrganisation(getDatabase(), organisation.id),
                              t('checklist_org_switched', organisation.name),
                            )
                          }
                        >
                          {t('checklist_org_activate')}
                          <span class="ew-visually-hidden"> {organisation.name}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        class="ew-button ew-button--secondary"
                        data-testid="org-rename"
                        onClick={() => setRenaming({ id: organisation.id, name: organisation.name })}
                      >
                        {t('checklist_org_rename')}
                        <span class="ew-visually-hidden"> {organisation.name}</span>
                      </button>
                      {state.organisations.length > 1 && (
                        <button
                          type="button"
                          class="ew-button ew-button--secondary"
                          data-testid="org-delete"
                          onClick={() => setDeleting(organisation)}
                        >
                          {t('checklist_org_delete')}
                          <span class="ew-visually-hidden"> {organisation.name}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section class="ew-card" aria-labelledby="cl-org-new-heading">
        <h2 id="cl-org-new-heading">{t('checklist_org_new_heading')}</h2>
        <form
          class="ew-row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => createOrganisation(getDatabase(), newName), t('checklist_org_created', newName.trim())).then(
              (ok) => ok && setNewName(''),
            );
          }}
        >
          <div class="ew-field">
            <label for="cl-org-new">{t('checklist_org_name')}</label>
            <input
              id="cl-org-new"
              type="text"
              class="ew-input"
              maxLength={PROGRESS_LIMITS.organisationNameChars}
              value={newName}
              data-testid="org-new-name"
              onInput={(event) => setNewName(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="ew-button" data-testid="org-create">
            {t('checklist_org_create')}
          </button>
        </form>
      </section>
      <p role="status" data-testid="org-message" class={message ? `ew-alert ew-alert--${message.kind === 'ok' ? 'ok' : 'error'}` : ''}>
        {message?.text ?? ''}
      </p>
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('checklist_org_delete_title', deleting?.name ?? '')}
        confirmLabel={t('checklist_org_delete')}
        cancelLabel={t('common_cancel')}
        danger
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(undefined);
          if (target) void run(() => deleteOrganisation(getDatabase(), target.id), t('checklist_org_deleted', target.name));
        }}
      >
        <p>{t('checklist_org_delete_text')}</p>
      </ConfirmDialog>
    </>
  );
}
