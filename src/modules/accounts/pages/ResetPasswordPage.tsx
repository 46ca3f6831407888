/** Choosing a new password from the link in the reset mail (/wachtwoord-herstellen#token=…). */
import { Link, useNavigate } from 'react-router';
import { api } from '../../../web/api.ts';
import type { Session } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { NewPasswordFields } from '../../../web/components/NewPasswordFields.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useFragmentToken } from '../../../web/fragment.ts';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkNewPassword, requireFields } from '../../../web/validation.ts';

export function ResetPasswordPage() {
  const { t } = useT();
  const token = useFragmentToken();
  return (
    <div className="narrow">
      <PageTitle lead={token ? t('reset.lead') : undefined}>{t('reset.title')}</PageTitle>
      {token ? (
        <ResetForm token={token} />
      ) : (
        <Notice tone="warning">
          <p>{t('reset.noToken')}</p>
          <p>
            <Link to="/wachtwoord-vergeten">{t('reset.requestNew')}</Link>
          </p>
        </Notice>
      )}
    </div>
  );
}

function ResetForm({ token }: { token: string }) {
  const { t } = useT();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const form = useForm({
    id: 'reset',
    initial: { password: '', repeat: '' },
    labels: { password: t('field.newPassword'), repeat: t('field.repeatPassword') },
    validate: (v) =>
      checkNewPassword(
        requireFields(v, ['password', 'repeat'], t),
        v.password,
        v.repeat,
        { password: 'password', repeat: 'repeat' },
        t,
      ),
    submit: async (values) => {
      const session = await api<Session>('POST', '/api/auth/password-reset/complete', {
        token,
        password: values.password,
      });
      setSession(session);
      toast(t('reset.done'));
      navigate('/', { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <NewPasswordFields field={form.field} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('reset.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
