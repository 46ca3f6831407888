/**
 * The action plan (S8): what the school will do with the recommendations. An action has one owner (a person,
 * or a role everyone holding it shares), a due date and a status, and lives on after the session; it is
 * overdue when its day has passed and it is neither done nor dropped.
 */
export const actionStatuses = ['planned', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export { dayIn, SCHOOL_TIME_ZONE } from '../../../platform/text/days.ts';

/** Statuses that end an action: such an action is never overdue. */
const finished: readonly ActionStatus[] = ['done', 'dropped'];

/** Whether an action is past its due day (`today` and `dueDate` as YYYY-MM-DD, in the school's time zone). */
export function isOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && !finished.includes(action.status) && action.dueDate < today;
}

/** Whether an action is still to be done (the overview's "open"). */
export function isOpen(status: ActionStatus): boolean {
  return !finished.includes(status);
}

export interface ActionOwner {
  ownerUserId: string | null;
  ownerRole: string | null;
}

/** Whether a person owns an action: it names them, or a role they hold in the action's school. */
export function ownsAction(action: ActionOwner, userId: string, rolesInSchool: readonly string[]): boolean {
  if (action.ownerUserId !== null) return action.ownerUserId === userId;
  return action.ownerRole !== null && rolesInSchool.includes(action.ownerRole);
}

/** The order of a plan: overdue first, then by due day (none last), then as written. */
export function comparePlanOrder(
  a: { overdue: boolean; dueDate: string | null; position: number },
  b: { overdue: boolean; dueDate: string | null; position: number },
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.position - b.position;
}
