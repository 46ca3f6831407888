/**
 * A dialog that asks "are you sure?" before something that cannot be undone, and shows the server's
 * message in the dialog when the action is refused.
 */
import { type ReactNode, useState } from 'react';
import { asApiError } from '../api.ts';
import { useT } from '../i18n.tsx';
import { Button, ButtonRow } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onClose, children }: Props) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      setError(null);
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={title} onClose={close}>
      <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
      {children}
      <ButtonRow>
        <Button variant="danger" busy={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={close} data-autofocus>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </Dialog>
  );
}
