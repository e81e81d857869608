import { formatDay } from '../../../../lib/i18n/format';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useI18n } from '../../../../components/i18n';
import { useLiveQuery } from '../../../../components/use-live-query';
import { useSettings } from '../../../../components/use-settings';
import { getDatabase } from '../../../../lib/db/database';
import type { Locale } from '../../../../lib/i18n/locale';
import type { MessageKey, Translator } from '../../../../lib/i18n/translate';
import { sendMessage } from '../../../../lib/messages/client';
import type { ForgetIgnore } from '../../../../lib/messages/vacancy-messages';
import { groundLabelKey } from '../../../../lib/wording/ground-info';
import { loadRuleNames, type RuleNamer } from './rule-names';

type ListName = Extract<ForgetIgnore, { kind: 'clear' }>['list'];

interface Row {
  key: string;
  ruleId: string;
  site?: string;
  day?: string;
  undo: ForgetIgnore;
}

const LIST_TEXT: Record<ListName, Record<'title' | 'intro' | 'empty', MessageKey>> = {
  'rules-everywhere': {
    title: 'dashboard_vacancy_ignored_everywhere_title',
    intro: 'dashboard_vacancy_ignored_everywhere_intro',
    empty: 'dashboard_vacancy_ignored_everywhere_empty',
  },
  'rules-by-site': {
    title: 'dashboard_vacancy_ignored_by_site_title',
    intro: 'dashboard_vacancy_ignored_by_site_intro',
    empty: 'dashboard_vacancy_ignored_by_site_empty',
  },
  occurrences: {
    title: 'dashboard_vacancy_ignored_occurrences_title',
    intro: 'dashboard_vacancy_ignored_occurrences_intro',
    empty: 'dashboard_vacancy_ignored_occurrences_empty',
  },
};

/**
 * What the user chose to ignore, with undo per entry and "clear" per list. Changes go through the
 * background (`vacancy:forget-ignore`), which also tells open pages to check again; the lists
 * follow settings and the database live.
 */
export function IgnoredLists() {
  const { t, locale } = useI18n();
  const settings = useSettings()?.settings;
  const occurrences = useLiveQuery(() => getDatabase().vacancyIgnored.toArray());
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<ListName>();
  const headings = useRef<Partial<Record<ListName, HTMLHeadingElement | null>>>({});
  const [names, setNames] = useState<RuleNamer>();

  const lists: Record<ListName, Row[]> = {
    'rules-everywhere': (settings?.wording.ignoredRules ?? []).map((ruleId) => ({
      key: ruleId,
      ruleId,
      undo: { kind: 'rule-everywhere', ruleId },
    })),
    'rules-by-site': Object.entries(settings?.wording.ignoredRulesBySite ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([site, ids]) =>
        ids.map((ruleId) => ({ key: `${site} ${ruleId}`, ruleId, site, undo: { kind: 'rule-site', site, ruleId } as const })),
      ),
    occurrences: [...(occurrences ?? [])]
      .sort((a, b) => b.day.localeCompare(a.day) || a.site.localeCompare(b.site))
      .map((row) => ({
        key: `${row.site} ${row.fingerprint}`,
        ruleId: row.ruleId,
        site: row.site,
        day: row.day,
        undo: { kind: 'occurrence', site: row.site, fingerprint: row.fingerprint } as const,
      })),
  };

  const anything = Object.values(lists).some((rows) => rows.length > 0);
  useEffect(() => {
    if (anything && !names) void loadRuleNames().then((namer) => setNames(() => namer));
  }, [anything, names]);

  const forget = async (list: ListName, request: ForgetIgnore, done: string) => {
    try {
      await sendMessage('vacancy:forget-ignore', request);
      setStatus(done);
    } catch (error) {
      console.warn('[Eerlijk Werven] could not undo an ignore', error);
      setStatus(t('dashboard_vacancy_ignored_failed'));
    }
    // The row (or the list) is gone: keep keyboard focus in the same place, on the list's heading.
    headings.current[list]?.focus();
  };

  return (
    <section aria-labelledby="vacancy-ignored-title" class="vacancy-section" data-testid="vacancy-ignored">
      <h2 id="vacancy-ignored-title">{t('dashboard_vacancy_ignored_title')}</h2>
      <p class="ew-muted">{t('dashboard_vacancy_ignored_intro')}</p>
      <p role="status" class="vacancy-status" data-testid="vacancy-ignored-status">
        {status}
      </p>
      {(Object.keys(lists) as ListName[]).map((list) => {
        const rows = lists[list];
        const text = LIST_TEXT[list];
        const titleId = `vacancy-ignored-${list}`;
        return (
          <section key={list} aria-labelledby={titleId} class="ew-card vacancy-ignored-list" data-testid={`vacancy-ignored-${list}`}>
            <h3
              id={titleId}
              tabIndex={-1}
              ref={(element) => {
                headings.current[list] = element;
              }}
            >
              {t(text.title)} <span class="ew-muted">({rows.length})</span>
            </h3>
            <p class="ew-muted">{t(text.intro)}</p>
            {rows.length === 0 ? (
              <p data-testid="vacancy-ignored-empty">{t(text.empty)}</p>
            ) : (
              <>
                <div class="ew-table-wrap">
                  <table class="ew-table">
                    <caption class="ew-visually-hidden">{t(text.title)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard_vacancy_ignored_col_rule')}</th>
                        <th scope="col">{t('dashboard_vacancy_page_col_ground')}</th>
                        {list !== 'rules-everywhere' ? <th scope="col">{t('dashboard_vacancy_ignored_col_site')}</th> : null}
                        {list === 'occurrences' ? <th scope="col">{t('dashboard_vacancy_ignored_col_day')}</th> : null}
                        <th scope="col">
                          <span class="ew-visually-hidden">{t('dashboard_vacancy_ignored_col_action')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => {
                        const rule = describeRule(row.ruleId, locale, t, names);
                        return (
                          <tr key={row.key} data-rule={row.ruleId}>
                            <td>
                              <span class="vacancy-rule-name">{rule.name}</span>
                              <br />
                              <code class="ew-muted">{row.ruleId}</code>
                            </td>
                            <td>{rule.ground}</td>
                            {list !== 'rules-everywhere' ? <td>{row.site}</td> : null}
                            {list === 'occurrences' ? <td>{formatDay(row.day ?? '', locale)}</td> : null}
                            <td>
                              <button
                                type="button"
                                class="ew-button ew-button--secondary"
                                data-testid="vacancy-ignored-undo"
                                onClick={() => void forget(list, row.undo, t('dashboard_vacancy_ignored_undone', rule.name))}
                              >
                                {t('dashboard_vacancy_ignored_undo')}
                                <span class="ew-visually-hidden">
                                  : {rule.name}
                                  {row.site ? ` (${row.site})` : ''}
                                </span>
                              </button>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <button
                  type="button"
                  class="ew-button ew-button--danger vacancy-clear"
                  data-testid="vacancy-ignored-clear"
                  onClick={() => setConfirming(list)}
                >
                  {t('dashboard_vacancy_ignored_clear')}
                  <span class="ew-visually-hidden">: {t(text.title)}</span>
                </button>
              </>
            )}
          </section>
        );
      })}
      <ConfirmDialog
        open={confirming !== undefined}
        title={t('dashboard_vacancy_ignored_clear_title')}
        confirmLabel={t('dashboard_vacancy_ignored_clear')}
        cancelLabel={t('dashboard_vacancy_ignored_cancel')}
        danger
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          const list = confirming;
          setConfirming(undefined);
          if (list) void forget(list, { kind: 'clear', list }, t('dashboard_vacancy_ignored_cleared', t(LIST_TEXT[list].title)));
        }}
      >
        <p>{confirming ? t('dashboard_vacancy_ignored_clear_text', t(LIST_TEXT[confirming].title)) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}

/**
 * The rule's human name and ground label. Until the packs have loaded the id stands in; a rule no
 * pack knows (removed in an update) says so.
 */
function describeRule(ruleId: string, locale: Locale, t: Translator, names: RuleNamer | undefined): { name: string; ground: string } {
  if (!names) return { name: ruleId, ground: '' };
  const rule = names(ruleId, locale);
  if (!rule) return { name: t('dashboard_vacancy_ignored_unknown_rule'), ground: '' };
  return { name: rule.name, ground: t(groundLabelKey(rule.ground)) };
}
