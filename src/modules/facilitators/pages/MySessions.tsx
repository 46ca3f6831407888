/**
 * The sessions a facilitator led, newest first (PRODUCT F3): per session the speaking-time balance per round,
 * the evaluation's scores, whether they wrote a reflection and how many observations they received.
 */
import { Link } from 'react-router';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { sessionPath } from '../../spiegel/pages/types.ts';
import { BalanceBars } from './BalanceBars.tsx';
import type { FacilitatedSessionSummary } from './types.ts';

interface Props {
  sessions: readonly FacilitatedSessionSummary[];
  /** Several schools: name the school of each session. */
  showSchool: boolean;
}

export function MySessions({ sessions, showSchool }: Props) {
  const { t } = useT();
  if (sessions.length === 0) return <p>{t('facilitation.mine.noSessions')}</p>;
  return (
    <ul className="plain-list facilitation-sessions">
      {sessions.map((session) => (
        <SessionCard key={session.id} session={session} showSchool={showSchool} />
      ))}
    </ul>
  );
}

function SessionCard({ session, showSchool }: { session: FacilitatedSessionSummary; showSchool: boolean }) {
  const { t, locale } = useT();
  const headingId = `mijn-gesprek-${session.id}`;
  const balanceId = `${headingId}-balans`;
  const started = session.status !== 'planned';
  return (
    <li className="card">
      <h3 id={headingId}>
        <Link to={sessionPath(session.schoolId, session.id)}>{session.title}</Link>
      </h3>
      <p className="hint">
        {[
          formatDateTime(locale, session.scheduledAt),
          t(`spiegel.status.${session.status}`),
          showSchool ? session.schoolName : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {started && (
        <>
          <h4 id={balanceId}>{t('facilitation.balance.title')}</h4>
          {session.status === 'closed' ? (
            <BalanceBars rounds={session.rounds} labelledBy={balanceId} />
          ) : (
            <p>{t('facilitation.balance.pending')}</p>
          )}
        </>
      )}
      <dl className="spiegel-facts">
        <dt>{t('facilitation.mine.evaluation')}</dt>
        <dd>
          <Evaluation evaluation={session.evaluation} />
        </dd>
        <dt>{t('facilitation.mine.reflection')}</dt>
        <dd>
          {session.hasReflection ? t('common.yes') : t('common.no')}
          {started && (
            <>
              {' · '}
              <Link to={sessionPath(session.schoolId, session.id, 'reflectie')}>
                {session.hasReflection
                  ? t('facilitation.mine.reflectionOpen')
                  : t('facilitation.mine.reflectionWrite')}
                <span className="visually-hidden"> {session.title}</span>
              </Link>
            </>
          )}
        </dd>
        <dt>{t('facilitation.mine.observations')}</dt>
        <dd>{session.observationCount}</dd>
      </dl>
    </li>
  );
}

function Evaluation({ evaluation }: { evaluation: FacilitatedSessionSummary['evaluation'] }) {
  const { t, locale } = useT();
  if (!evaluation) return <>{t('facilitation.mine.evaluationPending')}</>;
  const score = (value: number | null) =>
    value === null
      ? t('facilitation.mine.tooFew')
      : t('facilitation.mine.score', {
          value: value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }),
        });
  return (
    <>
      {t('facilitation.mine.answered', { count: evaluation.answered })}
      <br />
      {t('facilitation.mine.howItWent', { score: score(evaluation.howItWent) })}
      <br />
      {t('facilitation.mine.facilitation', { score: score(evaluation.facilitation) })}
    </>
  );
}
