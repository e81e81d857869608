import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistItem, ChecklistPack } from '../../lib/checklist/pack-schema';
import { STATUS_LABELS } from '../../lib/checklist/labels';
import {
  ITEM_STATUSES,
  PROGRESS_LIMITS,
  type EvidenceEntry,
  type ItemProgress,
  type ItemStatus,
} from '../../lib/checklist/progress-schema';
import { ItemChangeError, updateItem, type ItemChange } from '../../lib/checklist-store/item-updates';
import { getDatabase } from '../../lib/db/database';
import { useI18n } from '../i18n';
import { ChecklistWriterContext } from './checklist-writer';

export interface ItemEditorProps {
  bundled: ChecklistPack;
  item: ChecklistItem;
  progress: ItemProgress | undefined;
  /** Compact (in-page panel, side panel): status, reason and note only. */
  compact?: boolean;
}

type Feedback = { kind: 'ok' | 'error'; text: string } | undefined;

function evidenceFromInput(value: string): EvidenceEntry {
  const trimmed = value.trim();
  return /^https?:\/\//i.test(trimmed) ? { kind: 'link', url: trimmed } : { kind: 'text', text: trimmed };
}

/**
 * Edit one item's progress. The status applies at once (not applicable waits for its reason);
 * the other fields are saved with the button. When the stored entry changes (here or in another
 * page) the fields follow it, except text the user is still typing.
 */
export function ItemEditor({ bundled, item, progress, compact = false }: ItemEditorProps) {
  const { locale, t } = useI18n();
  const [status, setStatus] = useState<ItemStatus>(progress?.status ?? 'not-started');
  const [naReason, setNaReason] = useState(progress?.naReason ?? '');
  const [note, setNote] = useState(progress?.note ?? '');
  const [owner, setOwner] = useState(progress?.owner ?? '');
  const [dueDate, setDueDate] = useState(progress?.dueDate ?? '');
  const [lastReviewed, setLastReviewed] = useState(progress?.lastReviewed ?? '');
  const [evidence, setEvidence] = useState<EvidenceEntry[]>(progress?.evidence ?? []);
  const [newEvidence, setNewEvidence] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();
  const writer = useContext(ChecklistWriterContext);
  const dirty = useRef(false);
  const id = `cl-${item.id}`;

  useEffect(() => {
    setStatus(progress?.status ?? 'not-started');
    if (dirty.current) return;
    setNaReason(progress?.naReason ?? '');
    setNote(progress?.note ?? '');
    setOwner(progress?.owner ?? '');
    setDueDate(progress?.dueDate ?? '');
    setLastReviewed(progress?.lastReviewed ?? '');
    setEvidence(progress?.evidence ?? []);
  }, [progress?.updatedAt]);

  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      dirty.current = true;
      setter(value);
    };

  const save = async (change: ItemChange) => {
    try {
      const full = change.note !== undefined;
      if (writer) await writer(item.id, change);
      else await updateItem(getDatabase(), bundled, item.id, change);
      if (full) dirty.current = false;
      setFeedback({ kind: 'ok', text: t('checklist_saved') });
    } catch (error) {
      const code = error instanceof ItemChangeError ? error.code : 'invalid';
      setFeedback({
        kind: 'error',
        text:
          code === 'na-reason-required'
            ? t('checklist_error_na_reason')
            : code === 'unknown-item'
              ? t('checklist_error_unknown_item')
              : t('checklist_error_invalid'),
      });
    }
  };

  const onStatus = (next: ItemStatus) => {
    setStatus(next);
    if (next !== 'not-applicable') void save({ status: next });
    else setFeedback(naReason.trim() ? undefined : { kind: 'error', text: t('checklist_na_reason_hint') });
  };

  const fullChange = (): ItemChange => ({
    status,
    naReason: status === 'not-applicable' ? naReason : null,
    note,
    ...(compact ? {} : { owner, dueDate, lastReviewed, evidence }),
  });

  const addEvidence = () => {
    const value = newEvidence.trim();
    if (!value) return;
    if (evidence.length >= PROGRESS_LIMITS.evidenceEntries) {
      setFeedback({ kind: 'error', text: t('checklist_error_invalid') });
      return;
    }
    edit(setEvidence)([...evidence, evidenceFromInput(value)]);
    setNewEvidence('');
  };

  return (
    <form
      class={`cl-editor${compact ? ' cl-editor--compact' : ''}`}
      data-testid={`item-editor-${item.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(fullChange());
      }}
    >
      <div class="ew-field">
        <label for={`${id}-status`}>{t('checklist_field_status')}</label>
        <select
          id={`${id}-status`}
          class="ew-input"
          value={status}
          data-testid="item-status"
          onChange={(event) => onStatus(event.currentTarget.value as ItemStatus)}
        >
          {ITEM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value][locale]}
            </option>
          ))}
        </select>
      </div>
      {status === 'not-applicable' && (
        <div class="ew-field">
          <label for={`${id}-reason`}>{t('checklist_field_na_reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={PROGRESS_LIMITS.reasonChars}
            value={naReason}
            aria-required="true"
            data-testid="item-na-reason"
            onInput={(event) => edit(setNaReason)(event.currentTarget.value)}
          />
        </div>
      )}
      <div class="ew-field">
        <label for={`${id}-note`}>{t('checklist_field_note')}</label>
        <textarea
          id={`${id}-note`}
          rows={compact ? 2 : 4}
          maxLength={PROGRESS_LIMITS.noteChars}
          value={note}
          data-testid="item-note"
          onInput={(event) => edit(setNote)(event.currentTarget.value)}
        />
      </div>
      {!compact && (
        <>
          <div class="cl-editor-grid">
            <div class="ew-field">
              <label for={`${id}-owner`}>{t('checklist_field_owner')}</label>
              <input
                id={`${id}-owner`}
                type="text"
                maxLength={PROGRESS_LIMITS.ownerChars}
                value={owner}
                data-testid="item-owner"
                onInput={(event) => edit(setOwner)(event.currentTarget.value)}
              />
            </div>
            <div class="ew-field">
              <label for={`${id}-due`}>{t('checklist_field_due')}</label>
              <input
                id={`${id}-due`}
                type="date"
                class="ew-input"
                value={dueDate}
                data-testid="item-due"
                onInput={(event) => edit(setDueDate)(event.currentTarget.value)}
              />
            </div>
            <div class="ew-field">
              <label for={`${id}-reviewed`}>{t('checklist_field_reviewed')}</label>
              <input
                id={`${id}-reviewed`}
                type="date"
                class="ew-input"
                value={lastReviewed}
                data-testid="item-reviewed"
                onInput={(event) => edit(setLastReviewed)(event.currentTarget.value)}
              />
            </div>
          </div>
          <fieldset class="cl-evidence">
            <legend>{t('checklist_field_evidence')}</legend>
            {evidence.length === 0 ? (
              <p class="ew-muted">{t('checklist_evidence_none')}</p>
            ) : (
              <ul data-testid="item-evidence">
                {evidence.map((entry, index) => (
                  <li key={`${index}-${entry.kind === 'link' ? entry.url : entry.text}`}>
                    {entry.kind === 'link' ? (
                      <a href={entry.url} target="_blank" rel="noopener noreferrer">
                        {entry.label || entry.url}
                      </a>
                    ) : (
                      <span>{entry.text}</span>
                    )}{' '}
                    <button
                      type="button"
                      class="ew-button ew-button--secondary cl-small"
                      aria-label={t('checklist_evidence_remove', entry.kind === 'link' ? entry.url : entry.text)}
                      onClick={() => edit(setEvidence)(evidence.filter((_, position) => position !== index))}
                    >
                      {t('checklist_remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div class="ew-row">
              <label class="ew-visually-hidden" for={`${id}-evidence-new`}>
                {t('checklist_evidence_new')}
              </label>
              <input
                id={`${id}-evidence-new`}
                type="text"
                class="ew-input cl-grow"
                maxLength={PROGRESS_LIMITS.evidenceTextChars}
                placeholder={t('checklist_evidence_placeholder')}
                value={newEvidence}
                data-testid="item-evidence-new"
                onInput={(event) => setNewEvidence(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addEvidence();
                  }
                }}
              />
              <button type="button" class="ew-button ew-button--secondary" onClick={addEvidence} data-testid="item-evidence-add">
                {t('checklist_evidence_add')}
              </button>
            </div>
          </fieldset>
        </>
      )}
      <div class="ew-row">
        <button type="submit" class="ew-button" data-testid="item-save">
          {t('checklist_save')}
        </button>
        <span
          role="status"
          class={feedback?.kind === 'error' ? 'cl-feedback cl-feedback--error' : 'cl-feedback'}
          data-testid="item-feedback"
        >
          {feedback?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
