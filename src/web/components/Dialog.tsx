/**
 * A modal dialog on the native <dialog> element: the browser traps focus and closes it on Escape.
 * It is labelled by its title and gives focus back to whatever opened it.
 *
 * @example <Dialog open={open} title={t('teams.add')} onClose={() => setOpen(false)}>…</Dialog>
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ open, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // showModal focuses the first control; a safer one (e.g. Cancel) can ask for focus instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    const target = opener.current;
    opener.current = null;
    // The opener may be gone (e.g. the deleted row); then the page's main content takes focus.
    if (target?.isConnected) target.focus();
    else document.getElementById('inhoud')?.focus();
    if (open) onClose();
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={handleClose}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
