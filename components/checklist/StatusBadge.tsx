import type { Priority } from '../../lib/checklist/pack-schema';
import type { ItemStatus } from '../../lib/checklist/progress-schema';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../lib/checklist/labels';
import type { Locale } from '../../lib/i18n/locale';

export function StatusBadge({ status, locale }: { status: ItemStatus; locale: Locale }) {
  return <span class={`cl-status cl-status--${status}`}>{STATUS_LABELS[status][locale]}</span>;
}

export function PriorityBadge({ priority, locale }: { priority: Priority; locale: Locale }) {
  return <span class={`cl-priority cl-priority--${priority}`}>{PRIORITY_LABELS[priority][locale]}</span>;
}
