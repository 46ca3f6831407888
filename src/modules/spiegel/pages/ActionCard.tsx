/**
 * An action outside its session (the school's overview, the home page): the what as its heading, the session
 * it came from, its facts and its history, and room for a form below.
 */
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { ActionFacts, ActionHistory } from './ActionBits.tsx';
import type { ActionWithSession } from './followUpTypes.ts';
import { sessionPath } from './types.ts';

interface Props {
  action: ActionWithSession;
  /** Link to the session page: only for those who may open it. */
  linkSession?: boolean;
  showSchool?: boolean;
  children?: ReactNode;
}

export function ActionCard({ action, linkSession = false, showSchool = false, children }: Props) {
  const { t, locale } = useT();
  const headingId = useId();
  const session = `${action.sessionTitle} (${formatDateTime(locale, action.sessionDate)})`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={`spiegel-action${action.overdue ? ' spiegel-action--overdue' : ''}`}
      >
        <h3 id={headingId} className="spiegel-action__what">
          {action.what}
        </h3>
        <p className="spiegel-action__source">
          {t('spiegelPlan.fromSession')}{' '}
          {linkSession ? <Link to={sessionPath(action.schoolId, action.sessionId)}>{session}</Link> : session}
          {showSchool && <>, {action.schoolName}</>}
        </p>
        <ActionFacts action={action} />
        <ActionHistory history={action.history} />
        {children}
      </article>
    </li>
  );
}
