import { mountPage } from '../../components/mount';
import { OptionsApp } from './OptionsApp';
import './options.css';

mountPage(<OptionsApp />, 'options_title');
