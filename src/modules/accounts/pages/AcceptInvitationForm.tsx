/** The form under an invitation: new account (name + password twice) or existing account (password). */
import { useNavigate } from 'react-router';
import { api } from '../../../web/api.ts';
import type { InvitationPreview, Session } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { NewPasswordFields } from '../../../web/components/NewPasswordFields.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkNewPassword, requireFields } from '../../../web/validation.ts';
import { passwordMinimum } from '../domain/passwords.ts';

interface Props {
  token: string;
  preview: InvitationPreview;
}

export function AcceptInvitationForm({ token, preview }: Props) {
  const { t } = useT();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const existing = preview.existingAccount;
  const min = passwordMinimum([preview.role]);

  const form = useForm({
    id: 'invitation',
    initial: { email: preview.email, name: '', password: '', repeat: '' },
    labels: {
      email: t('field.email'),
      name: t('field.yourName'),
      password: t('field.password'),
      repeat: t('field.repeatPassword'),
    },
    validate: (v) => {
      if (existing) return requireFields(v, ['password'], t);
      const errors = requireFields(v, ['name', 'password', 'repeat'], t);
      return checkNewPassword(
        errors,
        v.password,
        v.repeat,
        { password: 'password', repeat: 'repeat' },
        t,
        min,
      );
    },
    submit: async (v) => {
      const body = existing
        ? { token, password: v.password }
        : { token, name: v.name.trim(), password: v.password };
      setSession(await api<Session>('POST', '/api/invitations/accept', body));
      toast(t('invitation.accepted', { school: preview.schoolName }));
      navigate('/', { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('email')} type="email" autoComplete="username" readOnly />
      {!existing && <Field {...form.field('name')} autoComplete="name" required />}
      {existing ? (
        <Field
          {...form.field('password')}
          type="password"
          autoComplete="current-password"
          hint={t('invitation.passwordHintExisting')}
          required
        />
      ) : (
        <NewPasswordFields field={form.field} min={min} />
      )}
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {existing ? t('invitation.submitExisting') : t('invitation.submitNew')}
        </Button>
      </ButtonRow>
    </form>
  );
}
