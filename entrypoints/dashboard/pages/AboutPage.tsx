import { browser } from 'wxt/browser';
import { useI18n } from '../../../components/i18n';

/** About and privacy: what the product is and the promise that no data leaves the browser. */
export function AboutPage() {
  const { t } = useI18n();
  return (
    <div class="prose">
      <p>{t('about_intro')}</p>
      <h2>{t('about_privacy_heading')}</h2>
      <p data-testid="privacy-promise">
        <strong>{t('about_privacy_promise')}</strong>
      </p>
      <ul>
        <li>{t('about_privacy_no_network')}</li>
        <li>{t('about_privacy_no_names')}</li>
        <li>{t('about_privacy_local')}</li>
        <li>{t('about_privacy_control')}</li>
      </ul>
      <h2>{t('about_why_heading')}</h2>
      <p>{t('about_why_text')}</p>
      <h2>{t('about_limits_heading')}</h2>
      <p>{t('about_limits_text')}</p>
      <p class="ew-muted">{t('about_version', browser.runtime.getManifest().version)}</p>
    </div>
  );
}
