import { mountPage } from '../../components/mount';
import { ChecklistFrameApp } from './ChecklistFrameApp';
import '../../components/checklist/checklist.css';
import './checklist-frame.css';

mountPage(<ChecklistFrameApp />, 'checklist_panel_title');
