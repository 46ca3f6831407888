/**
 * Asking for a password reset link. The answer is the same whether or not the address has an
 * account, so nobody can use this page to find out who uses Kring.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkEmail, requireFields } from '../../../web/validation.ts';

export function ForgotPasswordPage() {
  const { t } = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    id: 'forgot',
    initial: { email: '' },
    labels: { email: t('field.email') },
    validate: (values) => checkEmail(requireFields(values, ['email'], t), 'email', values.email, t),
    submit: async (values) => {
      await api<void>('POST', '/api/auth/password-reset', { email: values.email.trim() });
      setSentTo(values.email.trim());
    },
  });

  return (
    <div className="narrow">
      <PageTitle lead={sentTo ? undefined : t('forgot.lead')}>{t('forgot.title')}</PageTitle>
      {sentTo ? (
        <SentNotice email={sentTo} />
      ) : (
        <form className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.summary} />
          <Field {...form.field('email')} type="email" autoComplete="email" required />
          <ButtonRow>
            <Button type="submit" busy={form.busy}>
              {t('forgot.submit')}
            </Button>
          </ButtonRow>
        </form>
      )}
      <p>
        <Link to="/inloggen">{t('common.backToLogin')}</Link>
      </p>
    </div>
  );
}

function SentNotice({ email }: { email: string }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice--success" ref={ref} tabIndex={-1}>
      <p>{t('forgot.sent', { email })}</p>
      <p>{t('forgot.sentHint')}</p>
    </div>
  );
}
