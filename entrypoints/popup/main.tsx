import { mountPage } from '../../components/mount';
import { PopupApp } from './PopupApp';
import './popup.css';

mountPage(<PopupApp />, 'popup_title');
