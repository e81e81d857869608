import { mountPage } from '../../components/mount';
import { DashboardApp } from './DashboardApp';
import './dashboard.css';

mountPage(<DashboardApp />, 'dashboard_title');
