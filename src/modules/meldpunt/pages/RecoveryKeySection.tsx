/**
 * The school's recovery key (PRODUCT M3): made once by an administrator and shown once, to print and keep in a
 * safe. Kring keeps only its public half. With the printed key an administrator gives confidants back access to
 * cases they can no longer open (a colleague left, a password was reset), without reading any case themselves.
 */
import { useEffect, useRef, useState } from 'react';
import { api, asApiError, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { printOnly } from './MeldpuntTypes.ts';

interface Props {
  base: string;
  schoolName: string;
  hasRecoveryKey: boolean;
  onCreated: () => void;
}

export function RecoveryKeySection({ base, schoolName, hasRecoveryKey, onCreated }: Props) {
  const { t } = useT();
  const [key, setKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);

  async function create() {
    setBusy(true);
    try {
      setKey((await api<{ recoveryKey: string }>('POST', `${base}/recovery-key`)).recoveryKey);
      setError(null);
      onCreated();
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3>{t('meldpuntCases.recovery.title')}</h3>
      <p>{t('meldpuntCases.recovery.intro')}</p>
      <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
      {key ? (
        <ShownOnce recoveryKey={key} schoolName={schoolName} onDone={() => setKey(null)} />
      ) : hasRecoveryKey ? (
        <>
          <p>{t('meldpuntCases.recovery.exists')}</p>
          <UseForm base={base} />
        </>
      ) : (
        <Button busy={busy} onClick={() => void create()}>
          {t('meldpuntCases.recovery.create')}
        </Button>
      )}
    </>
  );
}

/** The new key, large and once: print it or copy it, then put it away. */
function ShownOnce({
  recoveryKey,
  schoolName,
  onDone,
}: {
  recoveryKey: string;
  schoolName: string;
  onDone: () => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const sheet = useRef<HTMLDivElement>(null);
  // The warning takes the focus, so a screen reader hears it before the key.
  useEffect(() => {
    document.getElementById('herstelsleutel-waarschuwing')?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      toast(t('meldpuntCases.recovery.copied'));
    } catch {
      const box = document.getElementById('herstelsleutel');
      if (box) window.getSelection()?.selectAllChildren(box);
      toast(t('meldpuntCases.recovery.copyYourself'));
    }
  }

  return (
    <>
      <div id="herstelsleutel-waarschuwing" tabIndex={-1}>
        <Notice tone="warning">
          <p>
            <strong>{t('meldpuntCases.recovery.onceTitle')}</strong>
          </p>
          <p>{t('meldpuntCases.recovery.onceText')}</p>
        </Notice>
      </div>
      <div ref={sheet} className="meldpunt-key-sheet">
        <p className="meldpunt-key-sheet__title">
          {t('meldpuntCases.recovery.sheetTitle', { school: schoolName })}
        </p>
        <p className="meldpunt-key" id="herstelsleutel">
          {recoveryKey}
        </p>
        <p>{t('meldpuntCases.recovery.sheetText')}</p>
      </div>
      <ButtonRow>
        <Button onClick={() => printOnly(sheet.current)}>{t('meldpuntCases.recovery.print')}</Button>
        <Button variant="secondary" onClick={() => void copy()}>
          {t('meldpuntCases.recovery.copy')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('meldpuntCases.recovery.done')}
        </Button>
      </ButtonRow>
    </>
  );
}

/** Typing the printed key gives every confidant access to the cases they cannot open. */
function UseForm({ base }: { base: string }) {
  const { t } = useT();
  const [granted, setGranted] = useState<number | null>(null);
  const form = useForm({
    id: 'herstelsleutel-gebruiken',
    initial: { recoveryKey: '' },
    labels: { recoveryKey: t('meldpuntCases.recovery.useLabel') },
    validate: (v): FieldErrors => (v.recoveryKey.trim() ? {} : { recoveryKey: t('validation.required') }),
    submit: async (v, { reset }) => {
      setGranted(null);
      const answer = await api<{ granted: number }>('POST', `${base}/recovery-key/use`, {
        recoveryKey: v.recoveryKey.replace(/\s+/g, ''),
      });
      reset();
      setGranted(answer.granted);
    },
  });
  const field = form.field('recoveryKey');

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <h4>{t('meldpuntCases.recovery.useTitle')}</h4>
      <p>{t('meldpuntCases.recovery.useIntro')}</p>
      <ErrorSummary {...form.summary} />
      <TextArea
        id={field.id}
        label={field.label}
        value={field.value}
        error={field.error}
        onChange={field.onChange}
        rows={3}
        className="meldpunt-key-field"
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('meldpuntCases.recovery.useButton')}
        </Button>
      </ButtonRow>
      <div role="status">
        {granted !== null && (
          <Notice tone="success">
            <p>{t('meldpuntCases.recovery.granted', { count: granted })}</p>
          </Notice>
        )}
      </div>
    </form>
  );
}
