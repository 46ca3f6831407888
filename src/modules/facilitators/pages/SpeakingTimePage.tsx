/**
 * Speaking time on a second device (/spiegel/:schoolId/:sessionId/spreektijd): a co-facilitator or an observer
 * keeps track of who speaks, beside the facilitator's console. The seat map only: no prompts (they are the
 * facilitator's) and no seat settings. An observer finds the observation form here too.
 */
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useLiveSession } from '../../../web/live.ts';
import { useApiData } from '../../../web/useApiData.ts';
import { ConnectionIndicator } from '../../spiegel/pages/LiveBits.tsx';
import { useText } from '../../spiegel/pages/text.ts';
import { type SessionDetail, sessionBase, sessionPath } from '../../spiegel/pages/types.ts';
import { SpeakingPanel } from './SpeakingPanel.tsx';

export function SpeakingTimePage() {
  const { t } = useT();
  const tx = useText();
  const { schoolId = '', sessionId = '' } = useParams();
  const detail = useApiData<SessionDetail>(sessionBase(schoolId, sessionId));
  const connection = useLiveSession({ type: 'hello', as: 'staff', sessionId });
  const { session, live } = connection;
  const title = session?.title ?? detail.data?.title;
  const phase = session && live ? session.template.phases[live.phaseIndex] : undefined;

  return (
    <>
      <PageTitle lead={t('speaking.page.lead')}>
        {title ? t('speaking.page.title', { title }) : t('speaking.page.loadingTitle')}
      </PageTitle>
      <ul className="spiegel-links">
        <li>
          <Link to={sessionPath(schoolId, sessionId)}>{t('speaking.page.back')}</Link>
        </li>
        {detail.data?.isObserver && (
          <li>
            <Link to={sessionPath(schoolId, sessionId, 'observatie')}>{t('speaking.page.observation')}</Link>
          </li>
        )}
      </ul>
      <ConnectionIndicator status={connection.status} />
      {connection.error && <LoadError message={connection.error.message} />}
      {!connection.error && !live && <Loading />}
      {session && live && phase && (
        <section aria-labelledby="spreektijd-fase" className="speaking-page">
          <h2 id="spreektijd-fase" data-testid="phase-title">
            {t('speaking.page.phase', { phase: tx(phase.title) })}
          </h2>
          <SpeakingPanel
            schoolId={schoolId}
            sessionId={sessionId}
            template={session.template}
            live={live}
            now={connection.now}
          />
        </section>
      )}
    </>
  );
}
