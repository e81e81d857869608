import type { JSX } from 'preact';
import { useI18n } from '../../../../components/i18n';
import { useChecklist, type ChecklistData } from '../../../../components/checklist/use-checklist';
import { useHashRoute } from '../../../../components/use-hash-route';
import type { MessageKey } from '../../../../lib/i18n/translate';
import { ChecklistDataPage } from './ChecklistDataPage';
import { ChecklistHistory } from './ChecklistHistory';
import { ChecklistItemDetail } from './ChecklistItemDetail';
import { ChecklistItems } from './ChecklistItems';
import { ChecklistOrganisations } from './ChecklistOrganisations';
import { ChecklistOverview } from './ChecklistOverview';
import { ChecklistReport } from './ChecklistReport';
import '../../../../components/checklist/checklist.css';
import './checklist-page.css';

interface SubPage {
  path: string;
  label: MessageKey;
  render: (data: ChecklistData, query: URLSearchParams) => JSX.Element;
}

/** Sub-pages of #/checklist, in tab order (Dutch paths, like the rest of the dashboard). */
const SUB_PAGES: SubPage[] = [
  { path: '', label: 'checklist_tab_overview', render: (data) => <ChecklistOverview data={data} /> },
  {
    path: 'lijst',
    label: 'checklist_tab_items',
    render: (data, query) => <ChecklistItems data={data} sectionId={query.get('sectie') ?? ''} />,
  },
  { path: 'organisaties', label: 'checklist_tab_organisations', render: (data) => <ChecklistOrganisations data={data} /> },
  { path: 'geschiedenis', label: 'checklist_tab_history', render: (data) => <ChecklistHistory data={data} /> },
  { path: 'rapport', label: 'checklist_tab_report', render: (data) => <ChecklistReport data={data} /> },
  { path: 'gegevens', label: 'checklist_tab_data', render: (data) => <ChecklistDataPage data={data} /> },
];

/** The Gouden standaard in the dashboard: `#/checklist`, `#/checklist/lijst`, `#/checklist/item/<id>`, ... */
export function ChecklistPage() {
  const { t } = useI18n();
  const route = useHashRoute('/checklist');
  const [path = '', query = ''] = route.split('?');
  const rest = path.replace(/^\/checklist\/?/, '');
  const data = useChecklist();
  const [first = '', ...others] = rest.split('/');
  const current = SUB_PAGES.find((page) => page.path === first);
  const isItem = first === 'item';

  return (
    <div class="cl-page">
      <nav class="cl-tabs" aria-label={t('checklist_tabs_label')}>
        <ul>
          {SUB_PAGES.map((page) => (
            <li key={page.path}>
              <a
                href={`#/checklist${page.path ? `/${page.path}` : ''}`}
                aria-current={page === current || (isItem && page.path === 'lijst') ? 'page' : undefined}
              >
                {t(page.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!data ? (
        <p role="status">{t('common_loading')}</p>
      ) : isItem ? (
        <ChecklistItemDetail data={data} itemId={decodeURIComponent(others.join('/'))} />
      ) : current ? (
        current.render(data, new URLSearchParams(query))
      ) : (
        <p class="ew-alert ew-alert--warn">{t('checklist_page_unknown')}</p>
      )}
    </div>
  );
}
