/**
 * The facilitator's reflection after a session (/spiegel/:schoolId/:sessionId/reflectie, PRODUCT F3): a few
 * questions to look back on how they led it. Only they see it, unless they bring it into an intervision meeting.
 */
import { Link, useParams } from 'react-router';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { type SessionDetail, sessionBase, sessionPath } from '../../spiegel/pages/types.ts';
import { CheckedTextArea } from './CheckedTextArea.tsx';
import { ANSWER_MAX, emptyReflection, reflectionTexts } from './questions.ts';
import type { Reflection, ReflectionAnswers } from './types.ts';

export function ReflectionPage() {
  const { schoolId = '', sessionId = '' } = useParams();
  return <ReflectionScreen key={`${schoolId}/${sessionId}`} schoolId={schoolId} sessionId={sessionId} />;
}

function ReflectionScreen({ schoolId, sessionId }: { schoolId: string; sessionId: string }) {
  const { t, locale } = useT();
  const base = sessionBase(schoolId, sessionId);
  const session = useApiData<SessionDetail>(base);
  const reflection = useApiData<Reflection | null>(`${base}/reflection`);
  const failed = session.error ?? reflection.error;
  const loaded = reflection.data !== undefined;

  return (
    <>
      <PageTitle lead={session.data?.title}>{t('facilitation.reflection.title')}</PageTitle>
      <ul className="spiegel-links">
        <li>
          <Link to={sessionPath(schoolId, sessionId)}>{t('facilitation.backToSession')}</Link>
        </li>
        <li>
          <Link to="/begeleiden">{t('facilitation.mine.link')}</Link>
        </li>
      </ul>
      {failed && <LoadError message={failed.message} />}
      {!failed && !loaded && <Loading />}
      {!failed && loaded && (
        <>
          <p>{t('facilitation.reflection.intro')}</p>
          {reflection.data && (
            <p className="hint">
              {t('facilitation.reflection.savedAt', {
                at: formatDateTime(locale, reflection.data.updatedAt),
              })}
            </p>
          )}
          <ReflectionForm
            path={`${base}/reflection`}
            answers={reflection.data?.answers ?? emptyReflection}
            onSaved={reflection.setData}
          />
        </>
      )}
    </>
  );
}

interface FormProps {
  path: string;
  answers: ReflectionAnswers;
  onSaved: (reflection: Reflection) => void;
}

function ReflectionForm({ path, answers, onSaved }: FormProps) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm<Record<keyof ReflectionAnswers, string>>({
    id: 'reflection',
    initial: { ...answers },
    labels: Object.fromEntries(reflectionTexts.map((name) => [name, t(`facilitation.reflection.${name}`)])),
    submit: async (values) => {
      const saved = await api<Reflection>('PUT', path, { answers: values });
      toast(t('facilitation.reflection.saved'));
      onSaved(saved);
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {reflectionTexts.map((name) => (
        <CheckedTextArea
          key={name}
          {...form.field(name)}
          hint={t(`facilitation.reflection.${name}.hint`)}
          rows={4}
          maxLength={ANSWER_MAX}
        />
      ))}
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('facilitation.reflection.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
