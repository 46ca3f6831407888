/**
 * The preparation itself: whether and when the student wants to talk, what the teacher should and should not
 * do, and the questions of the method, at the student's language level. Saving in between keeps the answers for
 * later on any device with the link; "done" tells the teacher it is ready (it can still change until the
 * conversation).
 */
import { useRef } from 'react';
import { api, unnested } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { PreparationAnswers } from '../domain/forms.ts';
import { preparationTexts, wantToTalkChoices } from '../domain/shape.ts';
import type { StudentView } from './types.ts';

const HINTED = new Set(['when', 'difficult']);

interface Props {
  token: string;
  view: StudentView;
  onSaved: (view: StudentView) => void;
}

export function PreparationForm({ token, view, onSaved }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const done = useRef(false);
  const level = view.level;
  const teacher = view.teacherName;
  const form = useForm<PreparationAnswers>({
    id: 'voorbereiding',
    initial: view.answers,
    labels: Object.fromEntries(
      preparationTexts.map((name) => [name, t(`gesprek.prep.${level}.${name}`, { teacher })]),
    ),
    submit: async (answers) => {
      const saved = await api<StudentView>('PUT', '/api/preparation', {
        token,
        answers,
        done: done.current,
      }).catch((error: unknown) => {
        throw unnested(error, 'answers');
      });
      onSaved(saved);
      toast(
        done.current ? t('gesprekPages.student.sent', { teacher }) : t('gesprekPages.student.savedToast'),
      );
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <p>{t(`gesprek.prep.${level}.intro`, { student: view.studentName, teacher })}</p>
      {view.doneAt && (
        <Notice tone="success">
          <p>{t('gesprekPages.student.doneNotice', { teacher })}</p>
        </Notice>
      )}
      <ErrorSummary {...form.summary} />
      <RadioGroup
        id="voorbereiding-wantToTalk"
        label={t(`gesprek.prep.${level}.wantToTalk`)}
        value={form.values.wantToTalk}
        onChange={(value) => form.set('wantToTalk', value as PreparationAnswers['wantToTalk'])}
        options={wantToTalkChoices.map((choice) => ({
          value: choice,
          label: t(`gesprek.prep.${level}.wantToTalk.${choice}`),
        }))}
      />
      {preparationTexts.map((name) => (
        <TextArea
          key={name}
          {...form.field(name)}
          rows={name === 'when' ? 2 : 3}
          maxLength={2000}
          {...(HINTED.has(name)
            ? { hint: t(`gesprek.prep.${level}.${name as 'when'}.hint`, { teacher }) }
            : {})}
        />
      ))}
      {view.savedAt && (
        <p className="hint" data-testid="saved-at">
          {t('gesprekPages.student.savedAt', { at: formatDateTime(locale, view.savedAt) })}
        </p>
      )}
      <ButtonRow>
        <Button
          type="submit"
          busy={form.busy}
          onClick={() => {
            done.current = true;
          }}
        >
          {view.doneAt ? t('gesprekPages.student.sendAgain') : t('gesprekPages.student.send', { teacher })}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          busy={form.busy}
          onClick={() => {
            done.current = false;
          }}
        >
          {t('gesprekPages.student.save')}
        </Button>
      </ButtonRow>
      <p className="hint">
        {t('gesprekPages.student.until', { at: formatDateTime(locale, view.expiresAt) })}
      </p>
    </form>
  );
}
