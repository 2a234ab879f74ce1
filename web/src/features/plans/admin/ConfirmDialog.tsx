import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** Waiting for what the confirmation must state (the count, the deadline): the confirm button stays disabled. */
  ready?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation (the native dialog: focus is kept inside, Escape cancels, focus returns to the opener) for an
 * action that reaches many people. Cancel has the focus, so a second tap or Enter does not confirm by accident.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, busy = false, ready = true, error, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog card"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          <div id={bodyId}>{children}</div>
          <ErrorMessage error={error} />
          <div className="actions">
            <Button variant="secondary" autoFocus disabled={busy} onClick={onCancel}>{cancelLabel}</Button>
            <Button busy={busy} disabled={!ready} onClick={onConfirm}>{confirmLabel}</Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
