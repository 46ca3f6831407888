/**
 * The teacher's own questions for the conversation, with the question coach (PRODUCT G3): one question per line;
 * a closed question gets an open version right under the field, which one button puts in its place. The coach
 * runs in the browser as the teacher types (the same rules the server uses) and speaks up politely, once the
 * typing pauses.
 */
import { ApiError, api, asApiError, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { useSettled } from '../../../web/useSettled.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { openVersion } from '../domain/questionCoach.ts';
import { QUESTIONS_MAX } from '../domain/shape.ts';
import { type ConversationView, conversationApi } from './types.ts';

const SETTLE_MS = 500;
/** The questions in the field: one per line, each once. */
const lines = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function QuestionsSection({ view, onChange }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'gesprek-questions',
    initial: { questions: view.questions.map((q) => q.text).join('\n') },
    labels: { questions: t('gesprekPages.questions.label') },
    validate: (v): FieldErrors =>
      lines(v.questions).length > QUESTIONS_MAX
        ? { questions: t('gesprekPages.questions.tooMany', { max: QUESTIONS_MAX }) }
        : {},
    submit: async (v) => {
      const path = `${conversationApi(view.schoolId, view.id)}/questions`;
      const next = await api<ConversationView>('PUT', path, { questions: lines(v.questions) }).catch(
        (error: unknown) => {
          // A message about one question (questions.3) belongs to the one field that holds them all.
          const apiError = asApiError(error);
          const message = Object.values(apiError.fields)[0];
          throw new ApiError(
            apiError.status,
            apiError.code,
            apiError.message,
            message ? { questions: message } : {},
          );
        },
      );
      onChange(next);
      toast(t('gesprekPages.questions.saved'));
    },
  });
  const text = String(form.values.questions);
  const settled = useSettled(text, SETTLE_MS);
  // The coach knows Dutch; in English the screens still show the questions, without hints.
  const coached =
    locale === 'nl'
      ? lines(settled).flatMap((q) => {
          const suggestion = openVersion(q);
          return suggestion ? [{ question: q, suggestion }] : [];
        })
      : [];
  const field = form.field('questions');

  function replace(question: string, suggestion: string) {
    form.set(
      'questions',
      text
        .split('\n')
        .map((line) => (line.trim() === question ? suggestion : line))
        .join('\n'),
    );
  }

  return (
    <section aria-labelledby="gesprek-questions-title">
      <h2 id="gesprek-questions-title">{t('gesprekPages.questions.title')}</h2>
      <p>{t('gesprekPages.questions.intro')}</p>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <TextArea {...field} hint={t('gesprekPages.questions.hint')} rows={5} />
        <div className="language-hints gesprek-coach" aria-live="polite">
          {coached.length > 0 && (
            <ul>
              {coached.map(({ question, suggestion }) => (
                <li key={question}>
                  <span className="language-hints__label">{t('gesprekPages.questions.coach')}</span>{' '}
                  {t('gesprekPages.questions.closed', { question, suggestion })}{' '}
                  <Button
                    variant="secondary"
                    className="button--small"
                    onClick={() => replace(question, suggestion)}
                  >
                    {t('gesprekPages.questions.use')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('gesprekPages.questions.save')}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}
