import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  description?: string;
  disabled?: boolean;
  testId?: string;
}

/** An on/off choice as a native checkbox: keyboard and screen readers understand it as is. */
export function Switch({ checked, onChange, children, description, disabled, testId }: SwitchProps) {
  return (
    <label class="ew-switch" data-testid={testId}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>
        {children}
        {description && (
          <span class="ew-muted" style={{ display: 'block', fontSize: '0.85em' }}>
            {description}
          </span>
        )}
      </span>
    </label>
  );
}
