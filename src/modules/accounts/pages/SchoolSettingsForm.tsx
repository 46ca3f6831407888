/** A school's settings: name, kind of education, and whether everyone must use two-step verification. */
import { api } from '../../../web/api.ts';
import type { School } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Checkbox, Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { schoolKindOptions } from './OrganisationForms.tsx';

export function SchoolSettingsForm({
  school,
  onSaved,
}: {
  school: School;
  onSaved: (school: School) => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const { refresh } = useSession();
  const form = useForm({
    id: 'school',
    initial: { name: school.name, kind: school.kind as string, requireTotp: school.requireTotp },
    labels: { name: t('field.schoolName'), kind: t('field.schoolKind'), requireTotp: t('field.requireTotp') },
    validate: (v) => requireFields(v, ['name', 'kind'], t),
    submit: async (v) => {
      const body = { name: v.name.trim(), kind: v.kind, requireTotp: v.requireTotp };
      onSaved(await api<School>('PATCH', `/api/schools/${encodeURIComponent(school.id)}`, body));
      toast(t('schoolAdmin.saved'));
      // The school's name and 2FA rule are part of the session (memberships, totpRequired).
      void refresh();
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('name')} required />
      <Field {...form.field('kind')} type="select" options={schoolKindOptions(t)} required />
      <Checkbox {...form.checkbox('requireTotp')} hint={t('schoolAdmin.requireTotpHint')} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('schoolAdmin.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
