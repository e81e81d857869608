export interface ProgressMeterProps {
  percent: number | null;
  /** What the bar measures, for screen readers ("Voortgang Beleid"). */
  label: string;
  /** Shown instead of a number when nothing applies. */
  emptyText: string;
  size?: 'small' | 'large';
  testId?: string;
}

/** A labelled progress bar with its percentage as text (never colour alone). */
export function ProgressMeter({ percent, label, emptyText, size = 'small', testId }: ProgressMeterProps) {
  const value = percent ?? 0;
  const text = percent === null ? emptyText : `${Math.round(value)}%`;
  return (
    <div class={`cl-meter cl-meter--${size}`} data-testid={testId}>
      <div
        class="cl-meter-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value)}
        aria-valuetext={text}
      >
        <div class="cl-meter-fill" style={{ width: `${value}%` }} />
      </div>
      <span class="cl-meter-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
