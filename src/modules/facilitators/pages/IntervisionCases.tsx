/**
 * The cases of an intervision meeting: each a reflection someone brought in with a question for the group, and
 * a form to bring in one of my own reflections of this school. Only who brought a case can take it back.
 */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { ReflectionAnswersView } from './AnswerList.tsx';
import { CheckedTextArea } from './CheckedTextArea.tsx';
import type { IntervisionCase, MyFacilitation } from './types.ts';

interface ListProps {
  /** …/intervision/:meetingId */
  base: string;
  cases: readonly IntervisionCase[];
  onChanged: () => void;
}

export function CaseList({ base, cases, onChanged }: ListProps) {
  const { t, locale } = useT();
  const toast = useToast();
  const [removing, setRemoving] = useState<IntervisionCase | null>(null);

  async function remove(item: IntervisionCase) {
    await api<void>('DELETE', `${base}/cases/${encodeURIComponent(item.id)}`);
    setRemoving(null);
    toast(t('facilitation.cases.removed'));
    onChanged();
  }

  if (cases.length === 0) return <p>{t('facilitation.cases.none')}</p>;
  return (
    <>
      <ul className="plain-list facilitation-items">
        {cases.map((item) => (
          <li key={item.id} className="card">
            <h3>{item.question}</h3>
            <p className="hint">
              {t('facilitation.cases.broughtBy', {
                name: item.broughtBy.name,
                session: item.sessionTitle,
                at: formatDateTime(locale, item.scheduledAt),
              })}
            </p>
            <ReflectionAnswersView answers={item.answers} />
            {item.mine && (
              <Button variant="secondary" onClick={() => setRemoving(item)}>
                {t('facilitation.cases.remove')}
                <span className="visually-hidden"> {item.question}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={t('facilitation.cases.removeTitle')}
        confirmLabel={t('facilitation.cases.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve())}
      >
        <p>{t('facilitation.cases.removeText')}</p>
      </ConfirmDialog>
    </>
  );
}

interface FormProps {
  base: string;
  schoolId: string;
  onAdded: () => void;
}

/** Bringing in one of my reflections of this school, with a question for the group. */
export function BringCaseForm({ base, schoolId, onAdded }: FormProps) {
  const { t, locale } = useT();
  const toast = useToast();
  const mine = useApiData<MyFacilitation>('/api/my/facilitation');
  const form = useForm({
    id: 'case',
    initial: { reflectionId: '', question: '' },
    labels: {
      reflectionId: t('facilitation.cases.reflection'),
      question: t('facilitation.cases.question'),
    },
    validate: (v) => requireFields(v, ['reflectionId', 'question'], t),
    submit: async (v, { reset }) => {
      await api('POST', `${base}/cases`, { reflectionId: v.reflectionId, question: v.question.trim() });
      toast(t('facilitation.cases.added'));
      reset();
      onAdded();
    },
  });

  if (mine.error) return <LoadError message={mine.error.message} />;
  if (!mine.data) return <Loading />;
  const reflections = mine.data.reflections.filter((r) => r.schoolId === schoolId);
  if (reflections.length === 0) return <p>{t('facilitation.cases.noReflections')}</p>;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('reflectionId')}
        type="select"
        required
        options={[
          { value: '', label: t('form.choose') },
          ...reflections.map((r) => ({
            value: r.id,
            label: `${r.sessionTitle} (${formatDateTime(locale, r.scheduledAt)})`,
          })),
        ]}
      />
      <CheckedTextArea
        {...form.field('question')}
        required
        maxLength={1000}
        hint={t('facilitation.cases.questionHint')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('facilitation.cases.add')}
        </Button>
      </ButtonRow>
    </form>
  );
}
