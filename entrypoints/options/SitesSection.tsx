import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { patternFromUserInput } from '../../lib/sites/match-pattern';
import type { Settings, SiteSetting } from '../../lib/settings/schema';
import { updateSettings } from '../../lib/settings/store';
import { KNOWN_SITES, type Pillar } from '../../lib/sites/known-sites';

const PILLARS: { pillar: Pillar; label: 'pillar_vacancy' | 'pillar_screening' | 'pillar_checklist' }[] = [
  { pillar: 'vacancy', label: 'pillar_vacancy' },
  { pillar: 'screening', label: 'pillar_screening' },
  { pillar: 'checklist', label: 'pillar_checklist' },
];

/**
 * The sites list: known sites on or off, and sites the user adds or removes
 * (docs/decisions.md#permissions-when-switched-on).
 */
export function SitesSection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string }>();
  // What the user just clicked, shown until the stored settings catch up (a re-render in between
  // must not flip the checkbox back).
  const [pending, setPending] = useState<Record<string, boolean>>({});

  useEffect(() => setPending({}), [settings]);

  useEffect(() => {
    let alive = true;
    void Promise.all(
      settings.sites.map(async (site) => [site.match, await browser.permissions.contains({ origins: [site.match] })] as const),
    ).then((entries) => alive && setGranted(Object.fromEntries(entries)));
    return () => {
      alive = false;
    };
  }, [settings.sites]);

  async function ensurePermission(match: string): Promise<boolean> {
    if (granted[match]) return true;
    const ok = await browser.permissions.request({ origins: [match] });
    if (!ok) setMessage({ kind: 'error', text: t('options_sites_permission_denied', match) });
    else setGranted((current) => ({ ...current, [match]: true }));
    return ok;
  }

  async function setPillar(site: SiteSetting, pillar: Pillar, on: boolean) {
    setMessage(undefined);
    if (on && !(await ensurePermission(site.match))) return;
    setPending((current) => ({ ...current, [`${site.match} ${pillar}`]: on }));
    await updateSettings((current) => ({
      ...current,
      sites: current.sites.map((entry) => (entry.match === site.match ? { ...entry, [pillar]: on } : entry)),
    }));
  }

  async function addSite(event: Event) {
    event.preventDefault();
    setMessage(undefined);
    const match = patternFromUserInput(input);
    if (!match) return setMessage({ kind: 'error', text: t('options_sites_invalid') });
    if (settings.sites.some((site) => site.match === match)) return setMessage({ kind: 'error', text: t('options_sites_duplicate') });
    if (!(await ensurePermission(match))) return;
    await updateSettings((current) => ({
      ...current,
      sites: [...current.sites, { match, vacancy: true, screening: true, checklist: true }],
    }));
    setInput('');
    setMessage({ kind: 'ok', text: t('options_sites_added', match) });
  }

  async function removeSite(site: SiteSetting) {
    await updateSettings((current) => ({ ...current, sites: current.sites.filter((entry) => entry.match !== site.match) }));
    // Give the permission back too: we no longer need it.
    await browser.permissions.remove({ origins: [site.match] }).catch(() => false);
    setMessage({ kind: 'ok', text: t('options_sites_removed', site.match) });
  }

  return (
    <section class="ew-card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <p class="ew-muted">{t('options_sites_intro')}</p>
      <table class="ew-table site-table" data-testid="sites-table">
        <thead>
          <tr>
            <th scope="col">{t('options_sites_site')}</th>
            {PILLARS.map(({ pillar, label }) => (
              <th scope="col" class="check" key={pillar}>
                {t(label)}
              </th>
            ))}
            <th scope="col">
              <span class="ew-visually-hidden">{t('options_sites_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {settings.sites.map((site) => {
            const known = KNOWN_SITES.find((entry) => entry.match === site.match);
            const name = known?.label ?? site.match;
            return (
              <tr key={site.match} data-match={site.match}>
                <th scope="row">
                  <div>{name}</div>
                  {known && <div class="site-pattern">{site.match}</div>}
                  {site.managed && (
                    <div class="ew-muted" data-testid="site-managed">
                      <span aria-hidden="true">🔒 </span>
                      {t('common_set_by_organisation')}
                    </div>
                  )}
                  {granted[site.match] === false && !site.managed && (site.vacancy || site.screening || site.checklist) && (
                    <div class="ew-muted">{t('options_sites_needs_permission')}</div>
                  )}
                </th>
                {PILLARS.map(({ pillar, label }) => (
                  <td class="check" key={pillar}>
                    <input
                      type="checkbox"
                      checked={pending[`${site.match} ${pillar}`] ?? site[pillar]}
                      aria-label={`${t(label)}: ${name}`}
                      data-pillar={pillar}
                      disabled={site.managed}
                      onChange={(event) => void setPillar(site, pillar, event.currentTarget.checked)}
                    />
                  </td>
                ))}
                <td>
                  {granted[site.match] === false && site.managed && (
                    <button type="button" class="ew-button ew-button--secondary" onClick={() => void ensurePermission(site.match)}>
                      {t('options_sites_grant')}
                      <span class="ew-visually-hidden"> {name}</span>
                    </button>
                  )}
                  {!known && !site.managed && (
                    <button type="button" class="ew-button ew-button--secondary" onClick={() => void removeSite(site)}>
                      {t('options_sites_remove')}
                      <span class="ew-visually-hidden"> {name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form class="site-add" onSubmit={(event) => void addSite(event)}>
        <label class="ew-field">
          <span>{t('options_sites_add_label')}</span>
          <input
            type="text"
            value={input}
            placeholder={t('options_sites_add_placeholder')}
            onInput={(event) => setInput(event.currentTarget.value)}
            data-testid="site-add-input"
          />
        </label>
        <button type="submit" class="ew-button">
          {t('options_sites_add')}
        </button>
      </form>
      {message && (
        <p class={`ew-alert ew-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
