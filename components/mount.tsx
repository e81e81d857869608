import { render, type ComponentChildren } from 'preact';
import type { MessageKey } from '../lib/i18n/translate';
import { I18nProvider } from './i18n';
import './styles/base.css';

/** Render an extension page's root component with the user's language around it. */
export function mountPage(app: ComponentChildren, titleKey: MessageKey): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing');
  render(<I18nProvider titleKey={titleKey}>{app}</I18nProvider>, root);
}
