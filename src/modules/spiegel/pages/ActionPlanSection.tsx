/**
 * The action plan of one session (S8): what the school will do with the recommendations, who does it and by
 * when, and who carries it afterwards. Shown on the session page and, in round 5, on the console, where the
 * facilitator turns the chosen clusters into actions. The host gives the section its h2.
 */
import { api } from '../../../web/api.ts';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { ActionForm, type ClusterOption } from './ActionForm.tsx';
import { ActionList } from './ActionList.tsx';
import { FollowUpFacts, FollowUpForm } from './FollowUpForm.tsx';
import type { Action, ActionInput, ActionPlan } from './followUpTypes.ts';
import { type StaffMember, schoolBase, sessionBase } from './types.ts';

interface Props {
  schoolId: string;
  sessionId: string;
  /** Round 5's clusters, when at hand (the live console); an action can then be made from one. */
  clusters?: readonly ClusterOption[] | undefined;
}

export function ActionPlanSection({ schoolId, sessionId, clusters }: Props) {
  const base = sessionBase(schoolId, sessionId);
  const plan = useApiData<ActionPlan>(`${base}/action-plan`);
  if (plan.error) return <LoadError message={plan.error.message} />;
  if (!plan.data) return <Loading />;
  const shared = {
    schoolId,
    base,
    plan: plan.data,
    clusters,
    // Show the answer at once, then read the plan again: the server orders it (overdue first, by due date).
    onChange: (next: ActionPlan) => {
      plan.setData(next);
      plan.reload();
    },
  };
  return plan.data.canEdit ? <EditablePlan {...shared} /> : <PlanBody {...shared} staff={null} />;
}

interface BodyProps {
  schoolId: string;
  base: string;
  plan: ActionPlan;
  clusters: readonly ClusterOption[] | undefined;
  onChange: (plan: ActionPlan) => void;
}

/** Editors pick owners, leads and contact persons from the school's staff. */
function EditablePlan(props: BodyProps) {
  const { schoolId } = props;
  const staff = useApiData<StaffMember[]>(`${schoolBase(schoolId)}/staff`);
  if (staff.error) return <LoadError message={staff.error.message} />;
  if (!staff.data) return <Loading />;
  return <PlanBody {...props} staff={staff.data} />;
}

function PlanBody({
  schoolId,
  base,
  plan,
  clusters,
  onChange,
  staff,
}: BodyProps & { staff: StaffMember[] | null }) {
  const { t } = useT();
  const toast = useToast();

  function replace(action: Action) {
    onChange({ ...plan, actions: plan.actions.map((a) => (a.id === action.id ? action : a)) });
  }

  async function add(input: ActionInput) {
    const action = await api<Action>('POST', `${base}/actions`, input);
    onChange({ ...plan, actions: [...plan.actions, action] });
    toast(t('spiegelPlan.added'));
  }

  return (
    <div className="spiegel-plan">
      <p>{t('spiegelPlan.intro')}</p>
      <h3>{t('spiegelPlan.listTitle', { count: plan.actions.length })}</h3>
      <ActionList
        schoolId={schoolId}
        base={base}
        actions={plan.actions}
        staff={staff ?? []}
        clusters={clusters}
        onChanged={replace}
        onDeleted={(id) => onChange({ ...plan, actions: plan.actions.filter((a) => a.id !== id) })}
      />
      {staff && (
        <>
          <h3>{t('spiegelPlan.newTitle')}</h3>
          <ActionForm
            id="new-action"
            clusters={clusters}
            staff={staff}
            submitLabel={t('spiegelPlan.add')}
            onSubmit={add}
          />
        </>
      )}
      <h3>{t('spiegelPlan.followUp.title')}</h3>
      {staff ? (
        <FollowUpForm
          base={base}
          followUp={plan.followUp}
          staff={staff}
          onSaved={(followUp) => onChange({ ...plan, followUp })}
        />
      ) : (
        <FollowUpFacts followUp={plan.followUp} />
      )}
    </div>
  );
}
