import { useI18n } from '../../../components/i18n';

const DEMO_PAGES: { file: string; label: 'demo_page_vacancy' | 'demo_page_editor' | 'demo_page_applicants' | 'demo_page_applicant' }[] = [
  { file: 'vacature.html', label: 'demo_page_vacancy' },
  { file: 'ats-editor.html', label: 'demo_page_editor' },
  { file: 'kandidaten.html', label: 'demo_page_applicants' },
  { file: 'kandidaat.html', label: 'demo_page_applicant' },
];

/** How to try the product on invented pages. */
export function DemoPage() {
  const { t } = useI18n();
  return (
    <div class="prose">
      <p>{t('demo_intro')}</p>
      <ul>
        {DEMO_PAGES.map(({ file, label }) => (
          <li key={file}>
            <a href={`/demo/${file}`} target="_blank" rel="noopener">
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
      <p class="ew-muted">{t('demo_local_hint')}</p>
    </div>
  );
}
