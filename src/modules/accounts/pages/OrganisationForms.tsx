/** The two forms of the organisation page: rename the organisation, add a school. */
import { api } from '../../../web/api.ts';
import { type Organisation, type School, schoolKinds } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { type Translate, useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';

export function schoolKindOptions(t: Translate) {
  return schoolKinds.map((kind) => ({ value: kind, label: t(`school.kind.${kind}`) }));
}

export function RenameOrganisationForm(props: {
  organisation: Organisation;
  onSaved: (o: Organisation) => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const { refresh } = useSession();
  const form = useForm({
    id: 'organisation',
    initial: { name: props.organisation.name },
    labels: { name: t('field.organisationName') },
    validate: (v) => requireFields(v, ['name'], t),
    submit: async (v) => {
      props.onSaved(await api<Organisation>('PATCH', '/api/organisation', { name: v.name.trim() }));
      toast(t('org.renamed'));
      void refresh();
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('name')} autoComplete="organization" required />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('org.saveName')}
        </Button>
      </ButtonRow>
    </form>
  );
}

export function CreateSchoolForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'new-school',
    initial: { name: '', kind: '' },
    labels: { name: t('field.schoolName'), kind: t('field.schoolKind') },
    validate: (v) => requireFields(v, ['name', 'kind'], t),
    submit: async (v, { reset }) => {
      const school = await api<School>('POST', '/api/schools', { name: v.name.trim(), kind: v.kind });
      toast(t('org.schoolCreated', { name: school.name }));
      reset();
      onCreated();
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('name')} required />
      <Field
        {...form.field('kind')}
        type="select"
        options={[{ value: '', label: t('form.choose') }, ...schoolKindOptions(t)]}
        required
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('org.addSchool')}
        </Button>
      </ButtonRow>
    </form>
  );
}
