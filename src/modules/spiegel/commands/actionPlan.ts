/**
 * The action plan of a session (S7, S8): adding and changing actions, their owners updating the status, the
 * follow-up lead and contact person, and the lists on the home page and in the coordinator's overview.
 */
import type { z } from 'zod';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, forbidden, notFound } from '../../../server/errors.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import {
  type ActionStatus,
  comparePlanOrder,
  dayIn,
  isOpen,
  isOverdue,
  ownsAction,
  SCHOOL_TIME_ZONE,
} from '../domain/actions.ts';
import { type ActionFields, type ActionRow, mirrorActionsRepository } from '../repositories/actions.ts';
import { mirrorClustersRepository } from '../repositories/clusters.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';
import type { actionInput, actionSchema, actionUpdate, followUpSchema } from '../routes/followUpSchemas.ts';
import { sessionAccess } from './plan.ts';

export type ActionView = z.infer<typeof actionSchema>;

export function today(services: Services): string {
  return dayIn(SCHOOL_TIME_ZONE, services.clock.now());
}

function rolesIn(auth: AuthContext, schoolId: string): string[] {
  return auth.memberships.filter((m) => m.schoolId === schoolId).map((m) => m.role);
}

/** Whether this person may change a session's plan: whoever runs the session (coordinators, its facilitators). */
export async function canEditPlan(
  services: Services,
  auth: AuthContext,
  session: MirrorSession,
  organisationId: string,
): Promise<boolean> {
  const facilitators = await mirrorSessionsRepository(services.db, session.school_id).facilitatorIds(
    session.id,
  );
  return sessionAccess(auth, session, facilitators, organisationId).canRun;
}

/** Actions as the API shows them to this person, with their history, in the plan's order. */
export async function presentActions(
  services: Services,
  schoolId: string,
  rows: ActionRow[],
  auth: AuthContext,
  editable: (row: ActionRow) => boolean,
): Promise<ActionView[]> {
  const history = await mirrorActionsRepository(services.db, schoolId).history(rows.map((r) => r.id));
  const day = today(services);
  const roles = rolesIn(auth, schoolId);
  const views = rows.map((row) => {
    const canEdit = editable(row);
    const owner = { ownerUserId: row.owner_user_id, ownerRole: row.owner_role };
    const overdue = isOverdue({ dueDate: row.due_date, status: row.status }, day);
    return {
      view: {
        id: row.id,
        sessionId: row.session_id,
        clusterId: row.cluster_id,
        what: row.what,
        target: row.target,
        ownerUserId: row.owner_user_id,
        ownerRole: row.owner_role as ActionView['ownerRole'],
        ownerName: row.owner_user_id ? row.owner_name : null,
        dueDate: row.due_date,
        status: row.status,
        overdue,
        updatedAt: row.updated_at,
        history: history
          .filter((h) => h.action_id === row.id)
          .map((h) => ({ status: h.status, note: h.note, byName: h.by_name, at: h.created_at })),
        canEdit,
        canUpdateStatus: canEdit || (auth.user !== null && ownsAction(owner, auth.user.id, roles)),
      },
      order: { overdue, dueDate: row.due_date, position: row.position },
    };
  });
  return views.sort((a, b) => comparePlanOrder(a.order, b.order)).map((v) => v.view);
}

async function checkReferences(
  services: Services,
  session: MirrorSession,
  fields: Partial<ActionFields>,
): Promise<void> {
  if (fields.cluster_id) {
    const exists = await mirrorClustersRepository(services.db, session.school_id).exists(
      session.id,
      fields.cluster_id,
    );
    if (!exists) throw badRequest('errors.validation', { clusterId: 'errors.notFound' });
  }
  if (fields.owner_user_id) {
    const people = await membershipsRepository(services.db, session.school_id).people();
    if (!people.some((p) => p.userId === fields.owner_user_id))
      throw badRequest('errors.validation', { ownerUserId: 'errors.notInSchool' });
  }
}

function toFields(input: Partial<z.infer<typeof actionInput>>): Partial<ActionFields> {
  const fields: Partial<ActionFields> = {};
  if (input.what !== undefined) fields.what = input.what;
  if (input.target !== undefined) fields.target = input.target;
  if (input.clusterId !== undefined) fields.cluster_id = input.clusterId;
  if (input.ownerUserId !== undefined) fields.owner_user_id = input.ownerUserId;
  if (input.ownerRole !== undefined) fields.owner_role = input.ownerRole;
  if (input.dueDate !== undefined) fields.due_date = input.dueDate;
  if (input.status !== undefined) fields.status = input.status;
  return fields;
}

export async function addAction(
  services: Services,
  session: MirrorSession,
  input: z.infer<typeof actionInput>,
  userId: string,
): Promise<string> {
  const fields = toFields(input) as ActionFields;
  await checkReferences(services, session, fields);
  const now = services.clock.now();
  return services.db.transaction().execute(async (trx) => {
    const actions = mirrorActionsRepository(trx, session.school_id);
    const id = await actions.add(session.id, fields, now);
    await actions.addUpdate(id, { status: fields.status, note: null, userId }, now);
    return id;
  });
}

export async function changeAction(
  services: Services,
  session: MirrorSession,
  actionId: string,
  input: z.infer<typeof actionUpdate>,
  userId: string,
): Promise<void> {
  const actions = mirrorActionsRepository(services.db, session.school_id);
  const current = await actions.find(actionId);
  if (!current || current.session_id !== session.id) throw notFound();
  const fields = toFields(input);
  // One owner: naming a person clears the role, and the other way round.
  if (fields.owner_user_id) fields.owner_role = null;
  else if (fields.owner_role) fields.owner_user_id = null;
  await checkReferences(services, session, fields);
  const now = services.clock.now();
  await services.db.transaction().execute(async (trx) => {
    const scoped = mirrorActionsRepository(trx, session.school_id);
    await scoped.update(actionId, fields, now);
    if (fields.status && fields.status !== current.status)
      await scoped.addUpdate(actionId, { status: fields.status, note: null, userId }, now);
  });
}

export async function removeAction(services: Services, session: MirrorSession, actionId: string) {
  const actions = mirrorActionsRepository(services.db, session.school_id);
  const current = await actions.find(actionId);
  if (!current || current.session_id !== session.id) throw notFound();
  await actions.remove(actionId);
}

/**
 * An owner (or an editor) reports progress: the new status and, if they like, what was done. Every change is
 * kept in the action's history, which the progress page shows in part.
 */
export async function updateActionStatus(
  services: Services,
  auth: AuthContext,
  schoolId: string,
  organisationId: string,
  actionId: string,
  update: { status: ActionStatus; note?: string | undefined },
): Promise<ActionRow> {
  const orgAdmin = auth.user?.is_org_admin === 1 && auth.user.organisation_id === organisationId;
  if (rolesIn(auth, schoolId).length === 0 && !orgAdmin) throw notFound();
  const actions = mirrorActionsRepository(services.db, schoolId);
  const action = await actions.find(actionId);
  if (!action) throw notFound();
  const session = await mirrorSessionsRepository(services.db, schoolId).find(action.session_id);
  if (!session) throw notFound();
  const owner = { ownerUserId: action.owner_user_id, ownerRole: action.owner_role };
  const owns = ownsAction(owner, auth.user!.id, rolesIn(auth, schoolId));
  if (!owns && !(await canEditPlan(services, auth, session, organisationId)))
    throw forbidden('errors.notOwner');
  const now = services.clock.now();
  await services.db.transaction().execute(async (trx) => {
    const scoped = mirrorActionsRepository(trx, schoolId);
    await scoped.update(actionId, { status: update.status }, now);
    await scoped.addUpdate(
      actionId,
      { status: update.status, note: update.note?.trim() || null, userId: auth.user!.id },
      now,
    );
  });
  return (await actions.find(actionId))!;
}

/** The session's lead and contact person for follow-up, with their names. */
export async function followUpOf(
  services: Services,
  session: MirrorSession,
): Promise<z.infer<typeof followUpSchema>> {
  const people = await membershipsRepository(services.db, session.school_id).people();
  const name = (id: string | null) => (id ? (people.find((p) => p.userId === id)?.name ?? null) : null);
  return {
    leadUserId: session.lead_user_id,
    leadName: name(session.lead_user_id),
    contactPersonId: session.contact_person_id,
    contactPersonName: name(session.contact_person_id),
  };
}

export async function setFollowUp(
  services: Services,
  session: MirrorSession,
  input: { leadUserId: string | null; contactPersonId: string | null },
): Promise<void> {
  const people = await membershipsRepository(services.db, session.school_id).people();
  const member = (id: string | null) => id === null || people.some((p) => p.userId === id);
  if (!member(input.leadUserId)) throw badRequest('errors.validation', { leadUserId: 'errors.notInSchool' });
  if (!member(input.contactPersonId))
    throw badRequest('errors.validation', { contactPersonId: 'errors.notInSchool' });
  await mirrorSessionsRepository(services.db, session.school_id).update(session.id, {
    lead_user_id: input.leadUserId,
    contact_person_id: input.contactPersonId,
  });
}

/** Filters the overview: open, overdue, done (done or dropped), or all. */
export function matchesFilter(view: ActionView, filter: 'open' | 'overdue' | 'done' | 'all'): boolean {
  if (filter === 'open') return isOpen(view.status);
  if (filter === 'overdue') return view.overdue;
  if (filter === 'done') return !isOpen(view.status);
  return true;
}
