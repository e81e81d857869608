import { findingsBreakdown } from '../../components/vacancy/activity-breakdown';
import { ask } from '../../lib/messages/content-client';
import { rebuildOrder, updatePanel } from './finding-order';
import { MAX_TEXT } from './limits';
import { isLive, type VacancyPage } from './page-state';
import type { Target } from './target';

/** Re-check an edited block this long after the last keystroke. */
const TYPING_DEBOUNCE_MS = 350;

/** Check one target: re-show cached findings when its text is unchanged, else ask the background. */
export function check(page: VacancyPage, target: Target, force = false): void {
  const text = target.read();
  const state = page.states.get(target);
  if (state && state.text === text && !force) {
    // Same text, maybe new nodes (a re-render): map the same findings onto them.
    target.show(state.findings);
    rebuildOrder(page);
    return;
  }
  if (text.trim() === '') {
    const gender = { masculine: 0, feminine: 0, verdict: 'empty', note: '' };
    page.states.set(target, { text, findings: [], ignored: 0, gender, readability: null, sequence: ++page.sequence });
    target.show([]);
    rebuildOrder(page);
    return;
  }
  const sequence = ++page.sequence;
  page.pending++;
  if (state) state.sequence = sequence;
  void ask('vacancy:analyze', { text: text.slice(0, MAX_TEXT), block: target.id })
    .then((reply) => {
      // A newer check of this target started meanwhile, or the text changed: drop this answer.
      const current = page.states.get(target);
      if ((current && current.sequence > sequence) || !isLive(page, target) || page.signal.aborted) return;
      if (target.read() !== text) return void scheduleCheck(page, target, 0);
      page.failed = false;
      const { findings, ignored, gender, readability } = reply;
      page.states.set(target, { text, findings, ignored, gender, readability, sequence });
      target.show(reply.findings);
      const { card, root } = page;
      if (card.current?.target === target && !target.findings.some((f) => f.fingerprint === card.current?.finding.fingerprint)) {
        card.close(card.contains(root.shadow.activeElement));
      }
      rebuildOrder(page);
    })
    .catch((error: unknown) => {
      page.failed = true;
      console.warn('[Eerlijk Werven] vacancy check failed', error);
    })
    .finally(() => {
      page.pending--;
      afterChecks(page);
    });
}

/** Check a target again after the user stopped typing in it. */
export function scheduleCheck(page: VacancyPage, target: Target, delay = TYPING_DEBOUNCE_MS): void {
  clearTimeout(page.typingTimers.get(target));
  page.typingTimers.set(
    target,
    setTimeout(() => {
      page.typingTimers.delete(target);
      if (page.signal.aborted) return;
      if (isLive(page, target)) check(page, target);
      afterChecks(page);
    }, delay),
  );
}

/** Check every target again, e.g. after the user's ignores changed elsewhere. */
export function recheckAll(page: VacancyPage): void {
  for (const target of page.targets.values()) check(page, target, true);
  afterChecks(page);
}

/** When every check is done: the panel, and one "vacancy checked" per page as evidence (docs/decisions.md#counts-not-text). */
export function afterChecks(page: VacancyPage): void {
  updatePanel(page);
  if (page.pending > 0 || page.typingTimers.size > 0 || page.states.size === 0) return;
  // One "vacancy checked" per page (and per SPA vacancy), with counts per ground, never text.
  if (page.recordedUrl === page.url) return;
  const checkedChars = [...page.states.values()].reduce((sum, s) => sum + s.text.trim().length, 0);
  // A few lines with nothing to flag are not a vacancy (a login page, a list of links).
  if (checkedChars === 0 || (checkedChars < 300 && page.ordered.length === 0)) return;
  page.recordedUrl = page.url;
  const breakdown = findingsBreakdown(page.ordered.map((i) => i.finding));
  void ask('activity:record', { metric: 'vacancies-checked', count: 1, breakdown }).catch(() => undefined);
}
