/**
 * "Mijn acties" on the home page: the actions the signed-in person owns (by name or by role), in all their
 * schools, each with a small form to pass on how far it is. Someone without actions sees no card; a failed
 * load does show one, so an owner is not left thinking they have nothing to do.
 */
import { LoadError } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { ActionCard } from './ActionCard.tsx';
import type { Action, ActionList } from './followUpTypes.ts';
import { StatusForm } from './StatusForm.tsx';

export function MyActionsCard() {
  const { t } = useT();
  const list = useApiData<ActionList>('/api/my/mirror-actions');
  const actions = list.data?.actions ?? [];
  if (!list.error && actions.length === 0) return null;
  const schools = new Set(actions.map((a) => a.schoolId));
  const overdue = actions.filter((a) => a.overdue).length;

  function saved(action: Action) {
    // The answer lacks the session's fields; keep those from the list.
    list.setData({ actions: actions.map((a) => (a.id === action.id ? { ...a, ...action } : a)) });
  }

  return (
    <section className="card spiegel-my-actions" aria-labelledby="home-actions">
      <h2 id="home-actions">{t('spiegelPlan.mine.title')}</h2>
      {list.error && <LoadError message={list.error.message} />}
      {actions.length > 0 && (
        <>
          <p>
            {t('spiegelPlan.mine.intro')}
            {overdue > 0 && <> {t('spiegelPlan.mine.overdue', { count: overdue })}</>}
          </p>
          <ul className="spiegel-actions">
            {actions.map((action) => (
              <ActionCard key={action.id} action={action} showSchool={schools.size > 1}>
                {action.canUpdateStatus && (
                  <StatusForm schoolId={action.schoolId} action={action} onSaved={saved} />
                )}
              </ActionCard>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
