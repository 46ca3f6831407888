/**
 * Setting up two-step verification: Kring makes a secret, shows it as a QR code and as text, and
 * switches 2FA on once the user types a code from their app.
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import type { Session, TotpSetup as TotpSetupData } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkTotpCode, requireFields } from '../../../web/validation.ts';

/** The secret in blocks of four, easier to type over: "ABCD EFGH …". */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function TotpSetup({ onEnabled }: { onEnabled: (session: Session) => void }) {
  const { t } = useT();
  const [setup, setSetup] = useState<TotpSetupData | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<{ message: string; attempt: number } | null>(null);

  async function start() {
    setStarting(true);
    try {
      setSetup(await api<TotpSetupData>('POST', '/api/account/totp/setup'));
      setStartError(null);
    } catch (error) {
      setStartError((e) => ({ message: asApiError(error).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setStarting(false);
    }
  }

  if (!setup) {
    return (
      <>
        <ErrorSummary message={startError?.message ?? null} focusKey={startError?.attempt ?? 0} />
        <p>{t('totp.intro')}</p>
        <Button busy={starting} onClick={() => void start()}>
          {t('totp.start')}
        </Button>
      </>
    );
  }
  return <TotpConfirm setup={setup} onEnabled={onEnabled} />;
}

function TotpConfirm({ setup, onEnabled }: { setup: TotpSetupData; onEnabled: (session: Session) => void }) {
  const { t } = useT();
  const { setSession } = useSession();
  const form = useForm({
    id: 'totp-enable',
    initial: { code: '' },
    labels: { code: t('field.totpCode') },
    validate: (v) => checkTotpCode(requireFields(v, ['code'], t), 'code', v.code, t),
    submit: async (v) => {
      const session = await api<Session>('POST', '/api/account/totp/enable', {
        code: v.code.replace(/\s/g, ''),
      });
      setSession(session);
      onEnabled(session);
    },
  });

  return (
    <div className="totp-setup">
      <ol className="steps">
        <li>{t('totp.step1')}</li>
        <li>
          <p>{t('totp.step2')}</p>
          <img className="qr" src={svgDataUrl(setup.qrSvg)} alt={t('totp.qrAlt')} width="200" height="200" />
          <p>
            {t('totp.manual')} <code className="secret">{groupSecret(setup.secret)}</code>
          </p>
          <p>
            <a href={setup.uri}>{t('totp.openInApp')}</a>
          </p>
        </li>
        <li>
          <p>{t('totp.step3')}</p>
          <form className="form" onSubmit={form.onSubmit} noValidate>
            <ErrorSummary {...form.summary} />
            <Field
              {...form.field('code')}
              hint={t('totpLogin.hint')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
            />
            <ButtonRow>
              <Button type="submit" busy={form.busy}>
                {t('totp.enable')}
              </Button>
            </ButtonRow>
          </form>
        </li>
      </ol>
    </div>
  );
}
