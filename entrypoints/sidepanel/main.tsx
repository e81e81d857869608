import { mountPage } from '../../components/mount';
import { SidePanelApp } from './SidePanelApp';
import './sidepanel.css';

mountPage(<SidePanelApp />, 'sidepanel_title');
