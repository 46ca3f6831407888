/** The actions of a session's plan, as a list of cards (not a table, so it reads well on a phone). */
import { useT } from '../../../web/i18n.tsx';
import type { ClusterOption } from './ActionForm.tsx';
import { ActionItem } from './ActionItem.tsx';
import type { Action } from './followUpTypes.ts';
import type { StaffMember } from './types.ts';

interface Props {
  schoolId: string;
  base: string;
  actions: readonly Action[];
  staff: readonly StaffMember[];
  clusters?: readonly ClusterOption[] | undefined;
  onChanged: (action: Action) => void;
  onDeleted: (actionId: string) => void;
}

export function ActionList({ actions, ...rest }: Props) {
  const { t } = useT();
  if (actions.length === 0) return <p>{t('spiegelPlan.none')}</p>;
  return (
    <ul className="spiegel-actions">
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} {...rest} />
      ))}
    </ul>
  );
}
