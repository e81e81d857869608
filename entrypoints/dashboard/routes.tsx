import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../../lib/i18n/translate';
import { AboutPage } from './pages/AboutPage';
import { ChecklistPage } from './pages/checklist/ChecklistPage';
import { DemoPage } from './pages/DemoPage';
import { OverviewPage } from './pages/OverviewPage';
import { ScreeningPage } from './pages/screening/ScreeningPage';
import { VacancyPage } from './pages/vacancy/VacancyPage';

/** The dashboard's pages, in navigation order. Each pillar adds its page here. */
export interface DashboardRoute {
  path: string;
  label: MessageKey;
  component: FunctionComponent;
}

export const ROUTES: DashboardRoute[] = [
  { path: '/overzicht', label: 'dashboard_nav_overview', component: OverviewPage },
  { path: '/vacatures', label: 'dashboard_vacancy_nav', component: VacancyPage },
  { path: '/checklist', label: 'checklist_nav', component: ChecklistPage },
  { path: '/screening', label: 'dashboard_screening_nav', component: ScreeningPage },
  { path: '/demo', label: 'dashboard_nav_demo', component: DemoPage },
  { path: '/over', label: 'dashboard_nav_about', component: AboutPage },
];
