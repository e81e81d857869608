import { findingsBreakdown } from '../../components/vacancy/activity-breakdown';
import { ask } from '../../lib/messages/content-client';
import type { IgnoreScope } from '../../lib/messages/vacancy-messages';
import type { Located } from './card';
import type { VacancyPage } from './page-state';
import { recheckAll, scheduleCheck } from './target-check';

/*
 * What the user does with a finding on its card: replace the words (only in an editor, through the
 * editor's own input path) or ignore it here, on this site or everywhere.
 */

export function replace(page: VacancyPage, item: Located, text: string): void {
  const done = item.target.replace(item.finding, text);
  page.card.close(false);
  if (!done) return;
  page.root.announce(page.setup.strings.t('vacancy_replaced'));
  void ask('activity:record', { metric: 'findings-fixed', count: 1, breakdown: findingsBreakdown([item.finding]) }).catch(() => undefined);
  item.target.onInput();
  scheduleCheck(page, item.target, 50);
}

export async function ignore(page: VacancyPage, item: Located, scope: IgnoreScope): Promise<void> {
  page.card.close(true);
  try {
    await ask('vacancy:ignore', { scope, ruleId: item.finding.ruleId, fingerprint: item.finding.fingerprint });
    page.root.announce(page.setup.strings.t('vacancy_ignored'));
  } catch (error) {
    console.warn('[Eerlijk Werven] could not ignore', error);
  }
  recheckAll(page);
}
