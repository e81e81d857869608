import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { useHashRoute } from '../../components/use-hash-route';
import { ROUTES } from './routes';

export function DashboardApp() {
  const { t } = useI18n();
  const route = useHashRoute('/overzicht');
  const current = ROUTES.find((entry) => route === entry.path || route.startsWith(`${entry.path}/`)) ?? ROUTES[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const Page = current.component;

  // Move focus to the new page's heading so screen-reader users hear where they are.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current.path]);

  return (
    <div class="dashboard">
      <a class="skip-link" href="#main">
        {t('common_skip_to_content')}
      </a>
      <header class="dashboard-header">
        <img src="/icon/logo.svg" alt="" />
        <span class="dashboard-brand">{t('extName')}</span>
      </header>
      <nav class="dashboard-nav" aria-label={t('dashboard_nav_label')}>
        <ul>
          {ROUTES.map((entry) => (
            <li key={entry.path}>
              <a href={`#${entry.path}`} aria-current={entry === current ? 'page' : undefined}>
                {t(entry.label)}
              </a>
            </li>
          ))}
          <li>
            <a href="/options.html">{t('nav_options')}</a>
          </li>
        </ul>
      </nav>
      <main id="main" class="dashboard-main">
        <h1 ref={heading} tabIndex={-1}>
          {t(current.label)}
        </h1>
        <Page />
      </main>
    </div>
  );
}
