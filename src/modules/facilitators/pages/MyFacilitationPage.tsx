/**
 * "Mijn gespreksleiding" (/begeleiden, PRODUCT F3): a facilitator's own sessions over time, the observations
 * they received (and with whom they share them), those shared with them, their reflections, the observations
 * they wrote, and the way to intervision in each of their schools. Only the signed-in person's own data.
 */
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { sessionPath } from '../../spiegel/pages/types.ts';
import { ReflectionAnswersView } from './AnswerList.tsx';
import { MySessions } from './MySessions.tsx';
import { ReceivedObservations, SharedWithMe, WrittenObservations } from './ObservationLists.tsx';
import { facilitatorSchools } from './roles.ts';
import { intervisionPath, type MyFacilitation, type SharedPerson } from './types.ts';

export function MyFacilitationPage() {
  const { t } = useT();
  const mine = useApiData<MyFacilitation>('/api/my/facilitation');
  const d = mine.data;

  function shared(observationId: string, sharedWith: SharedPerson[]) {
    if (!d) return;
    mine.setData({
      ...d,
      received: d.received.map((o) => (o.id === observationId ? { ...o, sharedWith } : o)),
    });
  }

  return (
    <>
      <PageTitle lead={t('facilitation.mine.lead')}>{t('facilitation.mine.title')}</PageTitle>
      {mine.loading && !d && <Loading />}
      {mine.error && <LoadError message={mine.error.message} />}
      {d && (
        <div className="sections">
          <section aria-labelledby="mijn-gesprekken">
            <h2 id="mijn-gesprekken">{t('facilitation.mine.sessions')}</h2>
            <MySessions
              sessions={d.sessions}
              showSchool={new Set(d.sessions.map((s) => s.schoolId)).size > 1}
            />
          </section>
          <section aria-labelledby="mijn-ontvangen">
            <h2 id="mijn-ontvangen">{t('facilitation.mine.received')}</h2>
            <p>{t('facilitation.mine.receivedIntro')}</p>
            <ReceivedObservations received={d.received} onShared={shared} />
          </section>
          <section aria-labelledby="mijn-gedeeld">
            <h2 id="mijn-gedeeld">{t('facilitation.mine.shared')}</h2>
            <SharedWithMe shared={d.sharedWithMe} />
          </section>
          <section aria-labelledby="mijn-reflecties">
            <h2 id="mijn-reflecties">{t('facilitation.mine.reflections')}</h2>
            <Reflections reflections={d.reflections} />
          </section>
          <section aria-labelledby="mijn-geschreven">
            <h2 id="mijn-geschreven">{t('facilitation.mine.written')}</h2>
            <WrittenObservations written={d.written} />
          </section>
          <IntervisionLinks />
        </div>
      )}
    </>
  );
}

function Reflections({ reflections }: { reflections: MyFacilitation['reflections'] }) {
  const { t, locale } = useT();
  if (reflections.length === 0) return <p>{t('facilitation.mine.noReflections')}</p>;
  return (
    <ul className="plain-list facilitation-items">
      {reflections.map((reflection) => (
        <li key={reflection.id} className="card">
          <h3>{reflection.sessionTitle}</h3>
          <p className="hint">
            {t('facilitation.mine.reflectionDate', {
              session: formatDateTime(locale, reflection.scheduledAt),
              at: formatDateTime(locale, reflection.updatedAt),
            })}
          </p>
          <ReflectionAnswersView answers={reflection.answers} />
          <Link to={sessionPath(reflection.schoolId, reflection.sessionId, 'reflectie')}>
            {t('facilitation.mine.reflectionEdit')}
            <span className="visually-hidden"> {reflection.sessionTitle}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function IntervisionLinks() {
  const { t } = useT();
  const schools = facilitatorSchools(useUser().memberships);
  if (schools.length === 0) return null;
  return (
    <section aria-labelledby="mijn-intervisie">
      <h2 id="mijn-intervisie">{t('facilitation.intervision.title')}</h2>
      <p>{t('facilitation.intervision.intro')}</p>
      <ul className="spiegel-links">
        {schools.map((school) => (
          <li key={school.id}>
            <Link to={intervisionPath(school.id)}>
              {t('facilitation.intervision.schoolLink', { school: school.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
