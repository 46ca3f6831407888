/** Two-step verification on the account page: its status, setting it up, and switching it off. */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import type { Session } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { Dialog } from '../../../web/components/Dialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession, useUser } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { TotpSetup } from './TotpSetup.tsx';

export function TotpSection() {
  const { t } = useT();
  const user = useUser();
  const toast = useToast();
  const [disabling, setDisabling] = useState(false);

  if (!user.totpEnabled) {
    return (
      <>
        <p>{user.totpRequired ? t('totp.statusRequiredOff') : t('totp.statusOff')}</p>
        <TotpSetup onEnabled={() => toast(t('totp.enabled'))} />
      </>
    );
  }
  return (
    <>
      <Notice tone="success">
        <p>{t('totp.statusOn')}</p>
      </Notice>
      {user.totpRequired && <p>{t('totp.requiredNote')}</p>}
      <p>
        <Button variant="secondary" onClick={() => setDisabling(true)}>
          {t('totp.disable')}
        </Button>
      </p>
      <Dialog open={disabling} title={t('totp.disableTitle')} onClose={() => setDisabling(false)}>
        <DisableForm onClose={() => setDisabling(false)} />
      </Dialog>
    </>
  );
}

function DisableForm({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const { setSession } = useSession();
  const form = useForm({
    id: 'totp-disable',
    initial: { password: '' },
    labels: { password: t('field.password') },
    validate: (v) => requireFields(v, ['password'], t),
    submit: async (v) => {
      const session = await api<Session>('POST', '/api/account/totp/disable', { password: v.password });
      onClose();
      setSession(session);
      toast(t('totp.disabled'));
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <p>{t('totp.disableText')}</p>
      <Field {...form.field('password')} type="password" autoComplete="current-password" required />
      <ButtonRow>
        <Button type="submit" variant="danger" busy={form.busy}>
          {t('totp.disableSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
