/**
 * Running the conversation: "Gesprek openen" issues the join code; while live, the ways into the console and
 * the projector screen (also as a link for a separate device), and "Gesprek afsluiten".
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { type SessionDetail, sessionBase, sessionPath } from './types.ts';

interface Props {
  detail: SessionDetail;
  onChanged: (detail: SessionDetail) => void;
}

export function LiveSection({ detail, onChanged }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const [closing, setClosing] = useState(false);
  const [justOpened, setJustOpened] = useState(false);
  const openedRef = useRef<HTMLDivElement>(null);
  // The button is gone once the session is open: the join code takes the focus instead.
  useEffect(() => {
    if (justOpened) openedRef.current?.focus();
  }, [justOpened]);
  const base = sessionBase(detail.schoolId, detail.id);
  const projectorLink = `${location.origin}/scherm#session=${encodeURIComponent(detail.id)}&token=${encodeURIComponent(detail.projectorToken ?? '')}`;

  async function open() {
    setBusy(true);
    try {
      onChanged(await api<SessionDetail>('POST', `${base}/open`));
      setError(null);
      setJustOpened(true);
      toast(t('spiegel.session.opened'));
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    onChanged(await api<SessionDetail>('POST', `${base}/close`));
    setClosing(false);
    toast(t('spiegel.session.closed'));
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(projectorLink);
      toast(t('spiegel.session.copied'));
    } catch {
      const input = document.getElementById('projector-link') as HTMLInputElement | null;
      input?.focus();
      input?.select();
      toast(t('spiegel.session.copyYourself'));
    }
  }

  if (detail.status === 'closed') return <p>{t('spiegel.session.closedText')}</p>;
  if (detail.status === 'planned') {
    return (
      <>
        <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
        <p>{t('spiegel.session.openText')}</p>
        {detail.canManage && (
          <Button busy={busy} onClick={() => void open()}>
            {t('spiegel.session.open')}
          </Button>
        )}
      </>
    );
  }
  return (
    <>
      <div ref={openedRef} tabIndex={-1}>
        <Notice tone="success">
          <p>{t('spiegel.session.liveText')}</p>
          <p className="spiegel-code-label">{t('spiegel.session.joinCode')}</p>
          <p className="spiegel-code">{detail.joinCode}</p>
          <p>{t('spiegel.session.joinAt', { url: `${location.origin}/doe-mee` })}</p>
        </Notice>
      </div>
      <ul className="spiegel-links">
        <li>
          <Link className="button button--primary" to={sessionPath(detail.schoolId, detail.id, 'leiden')}>
            {t('spiegel.session.toConsole')}
          </Link>
        </li>
        <li>
          <a
            className="button button--secondary"
            href={sessionPath(detail.schoolId, detail.id, 'scherm')}
            target="_blank"
            rel="noopener"
          >
            {t('spiegel.session.projector')}
            <VisuallyHidden> {t('spiegel.newTab')}</VisuallyHidden>
          </a>
        </li>
      </ul>
      {detail.projectorToken && (
        <div className="spiegel-copy">
          <Field
            id="projector-link"
            name="projectorLink"
            label={t('spiegel.session.projectorLink')}
            hint={t('spiegel.session.projectorLinkHint')}
            value={projectorLink}
            readOnly
            onChange={() => undefined}
          />
          <Button variant="secondary" onClick={() => void copy()}>
            {t('spiegel.session.copy')}
          </Button>
        </div>
      )}
      {detail.canManage && (
        <ButtonRow>
          <Button variant="danger" onClick={() => setClosing(true)}>
            {t('spiegel.session.close')}
          </Button>
        </ButtonRow>
      )}
      <ConfirmDialog
        open={closing}
        title={t('spiegel.session.closeTitle')}
        confirmLabel={t('spiegel.session.close')}
        onClose={() => setClosing(false)}
        onConfirm={close}
      >
        <p>{t('spiegel.session.closeText')}</p>
      </ConfirmDialog>
    </>
  );
}
