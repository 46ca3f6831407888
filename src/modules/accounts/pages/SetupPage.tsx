/**
 * Setting up Kring the first time (/inrichten#token=…): the organisation and its first administrator.
 * The link with the token is printed in the server's terminal when Kring starts.
 */
import { Link, useNavigate } from 'react-router';
import { api } from '../../../web/api.ts';
import type { Session } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { NewPasswordFields } from '../../../web/components/NewPasswordFields.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useFragmentToken } from '../../../web/fragment.ts';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkEmail, checkNewPassword, requireFields } from '../../../web/validation.ts';

export function SetupPage() {
  const { t } = useT();
  const { session } = useSession();
  const token = useFragmentToken();

  let content = <SetupForm token={token ?? ''} />;
  if (!session.setupRequired) {
    content = (
      <Notice>
        <p>{t('setup.done')}</p>
        <p>
          <Link to={session.user ? '/' : '/inloggen'}>
            {session.user ? t('common.backHome') : t('setup.toLogin')}
          </Link>
        </p>
      </Notice>
    );
  } else if (!token) {
    content = (
      <Notice tone="warning">
        <p>{t('setup.noToken')}</p>
        <p>{t('setup.noTokenHint')}</p>
      </Notice>
    );
  }

  return (
    <div className="narrow">
      <PageTitle lead={session.setupRequired && token ? t('setup.lead') : undefined}>
        {t('setup.title')}
      </PageTitle>
      {content}
    </div>
  );
}

function SetupForm({ token }: { token: string }) {
  const { t } = useT();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const form = useForm({
    id: 'setup',
    initial: { organisationName: '', name: '', email: '', password: '', repeat: '' },
    labels: {
      organisationName: t('field.organisationName'),
      name: t('field.yourName'),
      email: t('field.email'),
      password: t('field.password'),
      repeat: t('field.repeatPassword'),
    },
    validate: (v) => {
      const errors = requireFields(v, ['organisationName', 'name', 'email', 'password', 'repeat'], t);
      checkEmail(errors, 'email', v.email, t);
      return checkNewPassword(errors, v.password, v.repeat, { password: 'password', repeat: 'repeat' }, t);
    },
    submit: async (v) => {
      const body = {
        token,
        organisationName: v.organisationName.trim(),
        name: v.name.trim(),
        email: v.email.trim(),
        password: v.password,
      };
      setSession(await api<Session>('POST', '/api/setup', body));
      toast(t('setup.success'));
      navigate('/beheer', { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('organisationName')}
        hint={t('setup.organisationHint')}
        autoComplete="organization"
        required
      />
      <Field {...form.field('name')} autoComplete="name" required />
      <Field
        {...form.field('email')}
        type="email"
        autoComplete="username"
        hint={t('setup.emailHint')}
        required
      />
      <NewPasswordFields field={form.field} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('setup.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
