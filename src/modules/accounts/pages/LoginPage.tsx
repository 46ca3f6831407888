/**
 * Signing in: email and password, then, for accounts with two-step verification, the code from the
 * app. Which step shows follows the session state, so a reload during step two stays on step two.
 */
import { Link, Navigate } from 'react-router';
import { api } from '../../../web/api.ts';
import type { Session } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { useReturnPath } from '../../../web/components/RequireUser.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkTotpCode, requireFields } from '../../../web/validation.ts';

export function LoginPage() {
  const { session } = useSession();
  const returnPath = useReturnPath();

  if (session.state === 'active') return <Navigate to={returnPath} replace />;
  if (session.state === 'totp_setup_required') {
    return <Navigate to="/account/tweestapsverificatie" replace state={{ from: returnPath }} />;
  }
  if (session.state === 'totp_pending') return <TotpStep />;
  if (session.setupRequired) return <Navigate to="/inrichten" replace />;
  return <PasswordStep />;
}

function PasswordStep() {
  const { t } = useT();
  const { setSession } = useSession();
  const form = useForm({
    id: 'login',
    initial: { email: '', password: '' },
    labels: { email: t('field.email'), password: t('field.password') },
    validate: (values) => requireFields(values, ['email', 'password'], t),
    submit: async (values) => setSession(await api<Session>('POST', '/api/auth/login', values)),
  });

  return (
    <div className="narrow">
      <PageTitle lead={t('login.lead')}>{t('login.title')}</PageTitle>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field {...form.field('email')} type="email" autoComplete="username" required />
        <Field {...form.field('password')} type="password" autoComplete="current-password" required />
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('login.submit')}
          </Button>
        </ButtonRow>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t('login.forgot')}</Link>
      </p>
    </div>
  );
}

function TotpStep() {
  const { t } = useT();
  const { setSession, signOut } = useSession();
  const form = useForm({
    id: 'totp',
    initial: { code: '' },
    labels: { code: t('field.totpCode') },
    validate: (values) => checkTotpCode(requireFields(values, ['code'], t), 'code', values.code, t),
    submit: async (values) => {
      const code = values.code.replace(/\s/g, '');
      setSession(await api<Session>('POST', '/api/auth/totp', { code }));
    },
  });

  return (
    <div className="narrow">
      <PageTitle lead={t('totpLogin.lead')}>{t('totpLogin.title')}</PageTitle>
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
            {t('totpLogin.submit')}
          </Button>
          <Button variant="secondary" onClick={() => void signOut().catch(() => undefined)}>
            {t('totpLogin.cancel')}
          </Button>
        </ButtonRow>
      </form>
    </div>
  );
}
