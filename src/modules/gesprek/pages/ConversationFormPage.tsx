/**
 * The conversation form on one shared screen (/gesprekken/:schoolId/:conversationId/gesprek, PRODUCT G2): teacher
 * and student fill it in together, part by part, with what the student wrote at home next to each part. A
 * follow-up starts by looking back on the previous agreements. Agreements get a day to look back; the look back
 * on this conversation ends with the student's own answer: did they feel listened to?
 */
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unnested } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { ConversationForm } from '../domain/forms.ts';
import { formSections, formTexts, heardAnswers } from '../domain/shape.ts';
import { AgreementsEditor } from './AgreementsEditor.tsx';
import { PreparationAnswers } from './PreparationAnswers.tsx';
import { PreviousReview } from './PreviousReview.tsx';
import { type ConversationView, conversationApi, conversationPath } from './types.ts';
import './gesprek.css';

const TEXT_MAX = 2000;
const answers = ['yes', 'partly', 'no'] as const;

export function ConversationFormPage() {
  const { schoolId = '', conversationId = '' } = useParams();
  return (
    <FormScreen key={`${schoolId}/${conversationId}`} schoolId={schoolId} conversationId={conversationId} />
  );
}

function FormScreen({ schoolId, conversationId }: { schoolId: string; conversationId: string }) {
  const { t } = useT();
  const view = useApiData<ConversationView>(conversationApi(schoolId, conversationId));
  const data = view.data;
  return (
    <>
      <PageTitle lead={data ? t('gesprekPages.form.lead', { teacher: data.teacher.name }) : undefined}>
        {data
          ? t('gesprekPages.conversation.title', { student: data.student.name })
          : t('gesprekPages.conversation.loading')}
      </PageTitle>
      <p>
        <Link to={conversationPath(schoolId, conversationId)}>{t('gesprekPages.form.back')}</Link>
      </p>
      {view.error && <LoadError message={view.error.message} />}
      {!data && !view.error && <Loading />}
      {data && data.access !== 'holder' && <Notice tone="warning">{t('errors.gesprek.readOnly')}</Notice>}
      {data && data.access === 'holder' && <SharedScreen view={data} onChange={view.setData} />}
    </>
  );
}

type Values = Record<(typeof formTexts)[number] | 'aimsReached' | 'pleasant' | 'heard' | 'heardNote', string>;

function SharedScreen({
  view,
  onChange,
}: {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const navigate = useNavigate();
  /** Whether the submit came from "save and finish" (the button that was pressed sets it). */
  const finishing = useRef(false);
  const form = useForm<Values>({
    id: 'gesprek-form',
    initial: {
      ...view.form,
      heard: view.studentHeard.answer ?? '',
      heardNote: view.studentHeard.note,
    },
    labels: Object.fromEntries(formTexts.map((name) => [name, t(`gesprek.form.${name}`)])),
    submit: async (v) => {
      const { heard, heardNote, ...rest } = v;
      const base = conversationApi(view.schoolId, view.id);
      // The student's answer goes along only when it was given on this screen: they may have answered on their
      // link since the page was opened.
      const answered = heard !== (view.studentHeard.answer ?? '') || heardNote !== view.studentHeard.note;
      const next = await api<ConversationView>('PUT', `${base}/form`, {
        form: rest as ConversationForm,
        ...(answered ? { studentHeard: { answer: heard === '' ? null : heard, note: heardNote } } : {}),
      }).catch((error: unknown) => {
        throw unnested(error, 'form');
      });
      if (finishing.current) {
        await api('PUT', `${base}/held`, { held: true });
        toast(t('gesprekPages.after.heldToast'));
        navigate(conversationPath(view.schoolId, view.id));
        return;
      }
      onChange(next);
      toast(t('gesprekPages.saved'));
    },
  });
  const save = (
    <Button
      type="submit"
      busy={form.busy}
      onClick={() => {
        finishing.current = false;
      }}
    >
      {t('gesprekPages.save')}
    </Button>
  );
  const text = (name: (typeof formTexts)[number], rows = 3) => (
    <TextArea
      {...form.field(name)}
      rows={rows}
      maxLength={TEXT_MAX}
      {...(name === 'goal' ? { hint: t('gesprek.form.goal.hint') } : {})}
    />
  );

  return (
    <>
      <Notice>{t('gesprekPages.form.intro', { student: view.student.name })}</Notice>
      {view.questions.length > 0 && (
        <details className="gesprek-my-questions">
          <summary>{t('gesprekPages.form.myQuestions', { count: view.questions.length })}</summary>
          <ul>
            {view.questions.map((q, index) => (
              // Questions have no id; the list only changes as a whole.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index}>{q.suggestion ?? q.text}</li>
            ))}
          </ul>
        </details>
      )}
      {view.previous && <PreviousReview view={view} onChange={onChange} />}
      {(view.preparation.answers?.wantToTalk ?? '') !== '' && (
        <section aria-labelledby="gesprek-form-wish" className="gesprek-row">
          <h2 id="gesprek-form-wish">{t('gesprekPages.form.wish')}</h2>
          <PreparationAnswers view={view} only={['when', 'teacherShould', 'teacherShouldNot']} withWish />
        </section>
      )}
      <form className="form gesprek-form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        {formSections.map((section) => (
          <section
            key={section.key}
            className="gesprek-row"
            aria-labelledby={`gesprek-section-${section.key}`}
          >
            <div className="gesprek-row__form">
              <h2 id={`gesprek-section-${section.key}`}>{t(`gesprek.form.section.${section.key}`)}</h2>
              {section.texts.map((name) => (
                <div key={name}>{text(name, name === section.texts[0] ? 4 : 2)}</div>
              ))}
            </div>
            <aside
              className="gesprek-row__prep"
              aria-label={t('gesprekPages.form.fromPreparationAbout', {
                student: view.student.name,
                part: t(`gesprek.form.section.${section.key}`),
              })}
            >
              <h3 className="gesprek-row__prep-title">
                {t('gesprekPages.form.fromPreparation', { student: view.student.name })}
              </h3>
              <PreparationAnswers view={view} only={section.preparation} />
            </aside>
          </section>
        ))}
        <ButtonRow>{save}</ButtonRow>
      </form>
      <section aria-labelledby="gesprek-form-agreements" className="gesprek-row gesprek-row--wide">
        <h2 id="gesprek-form-agreements">{t('gesprek.form.section.agreements')}</h2>
        <p>{t('gesprek.form.agreements.intro')}</p>
        <AgreementsEditor view={view} onChange={onChange} />
      </section>
      <form className="form gesprek-form" onSubmit={form.onSubmit} noValidate>
        <section aria-labelledby="gesprek-form-evaluation" className="gesprek-row gesprek-row--wide">
          <h2 id="gesprek-form-evaluation">{t('gesprek.form.section.evaluation')}</h2>
          {(['aimsReached', 'pleasant'] as const).map((name) => (
            <RadioGroup
              key={name}
              id={`gesprek-form-${name}`}
              label={t(`gesprek.form.${name}`)}
              inline
              value={String(form.values[name])}
              onChange={(value) => form.set(name, value)}
              options={answers.map((a) => ({ value: a, label: t(`gesprek.answer.${a}`) }))}
            />
          ))}
          {text('evaluationWhy')}
          <div className="gesprek-student-box">
            <p className="gesprek-student-box__title">
              {t('gesprekPages.form.forStudent', { student: view.student.name })}
            </p>
            <RadioGroup
              id="gesprek-form-heard"
              label={t('gesprek.heard.question')}
              inline
              value={String(form.values.heard)}
              onChange={(value) => form.set('heard', value)}
              options={heardAnswers.map((a) => ({ value: a, label: t(`gesprek.heard.${a}`) }))}
            />
            <TextArea
              {...form.field('heardNote')}
              label={t('gesprek.heard.note')}
              rows={2}
              maxLength={1000}
            />
          </div>
        </section>
        <ButtonRow>
          {save}
          {!view.heldAt && (
            <Button
              type="submit"
              variant="secondary"
              busy={form.busy}
              onClick={() => {
                finishing.current = true;
              }}
            >
              {t('gesprekPages.form.finish')}
            </Button>
          )}
        </ButtonRow>
      </form>
    </>
  );
}
