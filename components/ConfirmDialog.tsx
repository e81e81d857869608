import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: it traps focus, closes on Esc and returns focus to
 * what opened it, without any code of ours.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="ew-confirm-title" onCancel={onCancel} onClose={() => open && onCancel()}>
      <h2 id="ew-confirm-title">{title}</h2>
      <div>{children}</div>
      <div class="ew-row" style={{ justifyContent: 'flex-end', marginTop: '1rem' }}>
        <button type="button" class="ew-button ew-button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class={`ew-button${danger ? ' ew-button--danger' : ''}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
