import { formatDay } from '../../../../lib/i18n/format';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { ManagedNote } from '../../../../components/ManagedNote';
import { useLiveQuery } from '../../../../components/use-live-query';
import { useSettings } from '../../../../components/use-settings';
import { isoDay } from '../../../../lib/checklist/dates';
import { markReviewed, readReviewedOn, reviewStatus } from '../../../../lib/checklist-store/review';
import { getDatabase } from '../../../../lib/db/database';
import { sendMessage } from '../../../../lib/messages/client';
import { updateSettings } from '../../../../lib/settings/store';

const CHOICES = [0, 30, 90, 180, 365] as const;

/** The optional periodic review: how often, when it is due, and "review done". */
export function ReviewReminder() {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const reviewedOn = useLiveQuery(() => readReviewedOn(getDatabase()));
  const [saved, setSaved] = useState('');
  const every = settings?.settings.checklist.reviewEveryDays ?? 0;
  // The organisation's policy may set any number of days and locks the choice.
  const locked = settings?.managed.locks.reviewEveryDays ?? false;
  const choices = (CHOICES as readonly number[]).includes(every) ? CHOICES : [...CHOICES, every].sort((a, b) => a - b);
  const today = isoDay(new Date());
  const status = reviewStatus(every, reviewedOn, today);

  const refreshBadge = () => sendMessage('checklist:review-check', {}).catch(() => undefined);

  const choose = async (days: number) => {
    // Switching reminders on starts the count today, so it never nags at once. Read the stored day
    // itself: the live query may not have answered yet right after the page opened.
    if (days > 0 && !(await readReviewedOn(getDatabase()))) await markReviewed(getDatabase(), today);
    await updateSettings((current) => {
      current.checklist.reviewEveryDays = days;
    });
    setSaved(t('checklist_saved'));
    await refreshBadge();
  };

  const done = async () => {
    await markReviewed(getDatabase(), today);
    setSaved(t('checklist_review_recorded'));
    await refreshBadge();
  };

  return (
    <section class="ew-card" aria-labelledby="cl-review-heading" data-testid="review-reminder">
      <h2 id="cl-review-heading">{t('checklist_review_heading')}</h2>
      <p class="ew-muted">{t('checklist_review_intro')}</p>
      <div class="ew-row">
        <div class="ew-field">
          <label for="cl-review-every">{t('checklist_review_every')}</label>
          <select
            id="cl-review-every"
            class="ew-input"
            value={String(every)}
            data-testid="review-every"
            disabled={locked}
            onChange={(event) => void choose(Number(event.currentTarget.value))}
          >
            {choices.map((days) => (
              <option key={days} value={String(days)}>
                {days === 0 ? t('checklist_review_off') : t('checklist_review_days', days)}
              </option>
            ))}
          </select>
        </div>
        {status.enabled && (
          <button type="button" class="ew-button ew-button--secondary" onClick={() => void done()} data-testid="review-done">
            {t('checklist_review_done')}
          </button>
        )}
      </div>
      {locked && <ManagedNote testId="review-managed" />}
      {status.enabled && (
        <p data-testid="review-status" class={status.due ? 'ew-alert ew-alert--warn' : ''}>
          {status.due ? t('checklist_review_due_now', status.dueOn ?? '') : t('checklist_review_next', status.dueOn ?? '')}
          {reviewedOn && ` ${t('checklist_review_last', formatDay(reviewedOn, locale))}`}
        </p>
      )}
      <p role="status" class="cl-feedback">
        {saved}
      </p>
    </section>
  );
}
