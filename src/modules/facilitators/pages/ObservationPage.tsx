/**
 * The observer's page for one session (/spiegel/:schoolId/:sessionId/observatie, PRODUCT F3): the short form
 * while it is a draft, and what was sent once it has gone to the session's facilitators.
 */
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type SessionDetail, sessionBase, sessionPath } from '../../spiegel/pages/types.ts';
import { ObservationAnswersView } from './AnswerList.tsx';
import { ObservationForm } from './ObservationForm.tsx';
import type { Observation } from './types.ts';

export function ObservationPage() {
  const { schoolId = '', sessionId = '' } = useParams();
  return <ObservationScreen key={`${schoolId}/${sessionId}`} schoolId={schoolId} sessionId={sessionId} />;
}

function ObservationScreen({ schoolId, sessionId }: { schoolId: string; sessionId: string }) {
  const { t, locale } = useT();
  const base = sessionBase(schoolId, sessionId);
  const session = useApiData<SessionDetail>(base);
  const observation = useApiData<Observation | null>(`${base}/observation`);
  const failed = session.error ?? observation.error;
  const loaded = observation.data !== undefined;
  const sent = observation.data?.sentAt ?? null;

  return (
    <>
      <PageTitle lead={session.data?.title}>{t('facilitation.observation.title')}</PageTitle>
      <p>
        <Link to={sessionPath(schoolId, sessionId)}>{t('facilitation.backToSession')}</Link>
      </p>
      {failed && <LoadError message={failed.message} />}
      {!failed && !loaded && <Loading />}
      {!failed && loaded && (
        <>
          <p>{t('facilitation.observation.intro')}</p>
          <Notice>
            <p>{t('facilitation.observation.who')}</p>
          </Notice>
          {sent && observation.data ? (
            <section aria-labelledby="observatie-verstuurd">
              <h2 id="observatie-verstuurd">{t('facilitation.observation.sentTitle')}</h2>
              <p>{t('facilitation.observation.sentAt', { at: formatDateTime(locale, sent) })}</p>
              <ObservationAnswersView answers={observation.data.answers} />
            </section>
          ) : (
            <>
              {observation.data && (
                <p className="hint">
                  {t('facilitation.observation.draftAt', {
                    at: formatDateTime(locale, observation.data.updatedAt),
                  })}
                </p>
              )}
              <ObservationForm
                path={`${base}/observation`}
                observation={observation.data ?? null}
                onSaved={observation.setData}
                onAlreadySent={observation.reload}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
