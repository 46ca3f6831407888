/** Changing your password: the current one, then the new one twice. */
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { NewPasswordFields } from '../../../web/components/NewPasswordFields.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession, useUser } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkNewPassword, requireFields } from '../../../web/validation.ts';

export function ChangePasswordForm() {
  const { t } = useT();
  const toast = useToast();
  const user = useUser();
  const { refresh } = useSession();
  const form = useForm({
    id: 'password',
    initial: { currentPassword: '', newPassword: '', repeat: '' },
    labels: {
      currentPassword: t('field.currentPassword'),
      newPassword: t('field.newPassword'),
      repeat: t('field.repeatNewPassword'),
    },
    validate: (v) => {
      const errors = requireFields(v, ['currentPassword', 'newPassword', 'repeat'], t);
      return checkNewPassword(
        errors,
        v.newPassword,
        v.repeat,
        { password: 'newPassword', repeat: 'repeat' },
        t,
        user.passwordMin,
      );
    },
    submit: async (v, { reset }) => {
      await api<void>('POST', '/api/account/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      reset();
      toast(t('account.passwordChanged'));
      // A confidant whose old password was too short can open reports now: the session says so.
      if (user.passwordTooShort) await refresh();
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {/* Lets password managers link the new password to this account. */}
      <input type="email" value={user.email} autoComplete="username" readOnly hidden />
      <Field {...form.field('currentPassword')} type="password" autoComplete="current-password" required />
      <NewPasswordFields field={form.field} name="newPassword" min={user.passwordMin} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('account.changePassword')}
        </Button>
      </ButtonRow>
    </form>
  );
}
