import { mountPage } from '../../components/mount';
import { SidePanelApp } from './SidePanelApp';
import '../../components/checklist/checklist.css';
import './sidepanel.css';

mountPage(<SidePanelApp />, 'sidepanel_title');
