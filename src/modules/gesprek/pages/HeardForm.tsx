/** After the conversation the student says whether they felt listened to (PRODUCT G3), in a word or two. */
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { heardAnswers } from '../domain/shape.ts';
import type { StudentView } from './types.ts';

interface Props {
  token: string;
  view: StudentView;
  onSaved: (view: StudentView) => void;
}

export function HeardForm({ token, view, onSaved }: Props) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'gehoord',
    initial: { answer: view.heard.answer ?? '', note: view.heard.note },
    labels: { answer: t('gesprek.heard.question'), note: t('gesprek.heard.note') },
    validate: (v) => requireFields(v, ['answer'], t),
    submit: async (v) => {
      onSaved(
        await api<StudentView>('PUT', '/api/preparation/heard', { token, answer: v.answer, note: v.note }),
      );
      toast(t('gesprekPages.student.thanks'));
    },
  });
  return (
    <section aria-labelledby="gehoord-title">
      <h2 id="gehoord-title">{t('gesprekPages.student.heardTitle')}</h2>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <RadioGroup
          {...form.field('answer')}
          onChange={(value) => form.set('answer', value)}
          options={heardAnswers.map((a) => ({ value: a, label: t(`gesprek.heard.${a}`) }))}
        />
        <TextArea {...form.field('note')} rows={2} maxLength={1000} />
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('gesprekPages.student.heardSave')}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}
