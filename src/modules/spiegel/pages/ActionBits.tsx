/**
 * Pieces every view of an action shares (the session's plan, the school's overview, the home page): the
 * overdue badge, who owns it, its facts and its history.
 */
import { formatDateTime, formatDay } from '../../../web/format.ts';
import { type Translate, useT } from '../../../web/i18n.tsx';
import type { Action, ActionHistoryEntry } from './followUpTypes.ts';

/** "Over tijd" in words, so it does not depend on colour. */
export function OverdueBadge() {
  const { t } = useT();
  return <span className="spiegel-badge spiegel-badge--overdue">{t('action.overdue')}</span>;
}

/** The owner as shown: the person's name, the role's label, or "nobody yet". */
export function ownerText(action: Pick<Action, 'ownerName' | 'ownerRole'>, t: Translate): string {
  if (action.ownerName) return action.ownerName;
  if (action.ownerRole) return t('spiegelPlan.owner.role', { role: t(`role.${action.ownerRole}`) });
  return t('spiegelPlan.owner.nobody');
}

/** Target, owner, due date and status of one action, as a list of facts (reads well on a phone). */
export function ActionFacts({ action }: { action: Action }) {
  const { t, locale } = useT();
  return (
    <dl className="spiegel-facts">
      <dt>{t('spiegel.recs.target')}</dt>
      <dd>{t(`spiegel.recs.target.${action.target}`)}</dd>
      <dt>{t('spiegelPlan.facts.owner')}</dt>
      <dd>{ownerText(action, t)}</dd>
      <dt>{t('spiegelPlan.facts.due')}</dt>
      <dd>{action.dueDate ? formatDay(locale, action.dueDate) : t('spiegelPlan.facts.noDue')}</dd>
      <dt>{t('spiegelPlan.facts.status')}</dt>
      <dd data-testid="action-status">
        <StatusText status={action.status} overdue={action.overdue} />
      </dd>
    </dl>
  );
}

/** Every status change with its note, newest first, folded away: most people only need the current state. */
export function ActionHistory({ history }: { history: readonly ActionHistoryEntry[] }) {
  const { t, locale } = useT();
  if (history.length === 0) return null;
  return (
    <details className="spiegel-details spiegel-history">
      <summary>{t('spiegelPlan.history.title', { count: history.length })}</summary>
      <ol>
        {history.map((entry) => (
          <li key={`${entry.at}-${entry.status}`}>
            <p>
              <strong>{t(`action.status.${entry.status}`)}</strong>
              {' · '}
              {formatDateTime(locale, entry.at)}
              {' · '}
              {entry.byName ?? t('spiegelPlan.history.unknown')}
            </p>
            {entry.note && <p className="spiegel-text">{entry.note}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** An action's status in words, with the overdue badge when it is past its day. */
export function StatusText({ status, overdue }: { status: Action['status']; overdue: boolean }) {
  const { t } = useT();
  return (
    <>
      {t(`action.status.${status}`)}
      {overdue && (
        <>
          {' '}
          <OverdueBadge />
        </>
      )}
    </>
  );
}
