import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { useSettings } from '../../../../components/use-settings';
import type { Locale } from '../../../../lib/i18n/locale';
import { MAX_VACANCY_TEXT } from '../../../../lib/messages/vacancy-messages';
import type { ReadabilityResult } from '../../../../lib/readability/types';
import { GROUNDS } from '../../../../lib/schema/grounds';
import { groundLabelKey, groundLawKey } from '../../../../lib/wording/ground-info';
import { applySuppressions } from '../../../../lib/wording/suppress';
import { ReadabilityPanel } from './ReadabilityPanel';
import type { Finding } from '../../../../lib/wording/types';

interface TryResult {
  /** The text that was checked (the box may have changed since). */
  text: string;
  findings: Finding[];
  readability: ReadabilityResult;
  /** Findings of rules the user ignores everywhere. */
  hidden: number;
  lang: Locale;
}

/**
 * "Probeer het": paste a vacancy text and see what the check finds, and how readable it is, with
 * the engines themselves (the dashboard is an extension page, so the rule packs can load here). For sites that are not
 * switched on. The text stays in this page's memory only.
 */
export function TryItBox() {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const [text, setText] = useState('');
  const [result, setResult] = useState<TryResult>();
  const [empty, setEmpty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  const check = async () => {
    if (text.trim() === '') {
      setResult(undefined);
      setEmpty(true);
      area.current?.focus();
      return;
    }
    setEmpty(false);
    // The engine and its packs load on first use, so the rest of the dashboard stays light.
    const [{ analyze }, { readability }, { looksLikeInternshipAd }, { readabilityTarget }] = await Promise.all([
      import('../../../../lib/wording/analyze'),
      import('../../../../lib/readability/readability'),
      import('../../../../lib/readability/internship'),
      import('../../../../lib/settings/readability-sites'),
    ]);
    const analysis = analyze(text, { locale });
    const kept = applySuppressions(analysis.findings, { ignoredRules: settings?.settings.wording.ignoredRules ?? [] });
    const current = settings?.settings;
    const target = current ? readabilityTarget(current, looksLikeInternshipAd(text)) : undefined;
    setResult({
      text,
      findings: kept,
      readability: readability(text, { locale, target }),
      hidden: analysis.findings.length - kept.length,
      lang: analysis.lang,
    });
  };
  const clear = () => {
    setText('');
    setResult(undefined);
    setEmpty(false);
    area.current?.focus();
  };
  const grounds = result ? GROUNDS.filter((g) => result.findings.some((f) => f.ground === g)) : [];

  return (
    <section aria-labelledby="vacancy-try-title" class="ew-card vacancy-section" data-testid="vacancy-try">
      <h2 id="vacancy-try-title">{t('dashboard_vacancy_try_title')}</h2>
      <p class="ew-muted" id="vacancy-try-help">
        {t('dashboard_vacancy_try_intro')}
      </p>
      <div class="ew-field">
        <label for="vacancy-try-text">{t('dashboard_vacancy_try_label')}</label>
        <textarea
          id="vacancy-try-text"
          ref={area}
          rows={8}
          maxLength={MAX_VACANCY_TEXT}
          aria-describedby="vacancy-try-help"
          data-testid="vacancy-try-text"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Ctrl+Enter (Cmd+Enter) checks, as in many editors.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void check();
            }
          }}
        />
      </div>
      <div class="ew-row">
        <button type="button" class="ew-button" data-testid="vacancy-try-check" onClick={() => void check()}>
          {t('dashboard_vacancy_try_check')}
        </button>
        <button type="button" class="ew-button ew-button--secondary" onClick={clear} disabled={text === '' && !result}>
          {t('dashboard_vacancy_try_clear')}
        </button>
      </div>
      <p role="status" class="vacancy-try-status" data-testid="vacancy-try-summary">
        {empty ? t('dashboard_vacancy_try_empty') : result ? summaryText(result, t) : ''}
      </p>
      {result && result.findings.length > 0 ? (
        <ol class="vacancy-try-findings" data-testid="vacancy-try-findings">
          {result.findings.map((f, index) => (
            <li key={`${f.fingerprint}-${index}`} data-rule={f.ruleId}>
              <p class="ew-row vacancy-try-head">
                <q class="vacancy-quote">{f.text}</q>
                <span class={`vacancy-chip vacancy-chip--${f.severity}`}>{t(`vacancy_severity_${f.severity}`)}</span>
                <span class="vacancy-chip">{t(groundLabelKey(f.ground))}</span>
              </p>
              <p class="vacancy-try-message">{f.message}</p>
              <p class="ew-muted">{f.explanation}</p>
              {f.alternatives.length > 0 ? (
                <p>
                  <span class="vacancy-label">{t('vacancy_card_alternatives')}: </span>
                  {f.alternatives.slice(0, 6).join(' · ')}
                </p>
              ) : null}
              {f.legalBasis.length > 0 ? (
                <p class="ew-muted">
                  <span class="vacancy-label">{t('vacancy_card_legal')}: </span>
                  {f.legalBasis.join('; ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {result ? <ReadabilityPanel text={result.text} result={result.readability} /> : null}
      {grounds.length > 0 ? (
        <>
          <h3>{t('vacancy_panel_law')}</h3>
          {grounds.map((g) => (
            <details key={g}>
              <summary>{t(groundLabelKey(g))}</summary>
              <p>{t(groundLawKey(g))}</p>
            </details>
          ))}
        </>
      ) : null}
    </section>
  );
}

function summaryText(result: TryResult, t: ReturnType<typeof useI18n>['t']): string {
  const language = t(result.lang === 'nl' ? 'dashboard_vacancy_try_lang_nl' : 'dashboard_vacancy_try_lang_en');
  const found =
    result.findings.length === 0
      ? t('dashboard_vacancy_try_none', language)
      : t('dashboard_vacancy_try_found', result.findings.length, language);
  return result.hidden > 0 ? `${found} ${t('dashboard_vacancy_try_hidden', result.hidden)}` : found;
}
