/** Planning a mirror conversation (S1): who, when, where, with which template; warnings per the method. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MirrorSession, User } from '../../../platform/db/schema.ts';
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, type FieldMessage } from '../../../server/errors.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { teamsRepository } from '../../accounts/repositories/teams.ts';
import { checkImpartiality, impartialityWarnings } from '../../facilitators/commands/impartiality.ts';
import { initialLiveState } from '../domain/live.ts';
import { planWarnings } from '../domain/planWarnings.ts';
import { type MirrorTemplate, templateSchema, textIn } from '../domain/template.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';
import type { planInput, planUpdate } from '../routes/schemas.ts';
import { resolveTemplate } from './templates.ts';

type PlanInput = z.infer<typeof planInput>;
type PlanUpdate = z.infer<typeof planUpdate>;

/** Refuses references to people and teams that are not of this school. */
async function checkReferences(services: Services, schoolId: string, input: PlanUpdate): Promise<void> {
  const fields: Record<string, FieldMessage> = {};
  const staff = new Set((await membershipsRepository(services.db, schoolId).people()).map((p) => p.userId));
  if (input.facilitatorIds?.some((id) => !staff.has(id))) fields.facilitatorIds = 'validation.choice';
  if (input.contactPersonId && !staff.has(input.contactPersonId))
    fields.contactPersonId = 'validation.choice';
  if (input.teamId && !(await teamsRepository(services.db, schoolId).find(input.teamId)))
    fields.teamId = 'validation.choice';
  if (Object.keys(fields).length) throw badRequest('errors.validation', fields);
}

/** Whoever plans: the person, and whether they administer the school (only they may override impartiality). */
export interface Planner {
  user: User;
  isAdmin: boolean;
}

export async function planSession(
  services: Services,
  schoolId: string,
  planner: Planner,
  input: PlanInput,
): Promise<string> {
  const template = await resolveTemplate(services.db, schoolId, input.templateId);
  if (!template) throw badRequest('errors.validation', { templateId: 'validation.choice' });
  await checkReferences(services, schoolId, input);
  const override = await checkImpartiality(services.db, schoolId, {
    teamId: input.teamId,
    facilitatorIds: input.facilitatorIds,
    alreadyExplained: [],
    reason: input.impartialityReason,
    actor: { id: planner.user.id, isAdmin: planner.isAdmin },
    now: services.clock.now(),
  });
  const id = randomUUID();
  const rules = template.definition.rules.map((r) => textIn(r, 'nl'));
  await mirrorSessionsRepository(services.db, schoolId).create(
    {
      id,
      team_id: input.teamId,
      title: input.title,
      template_key: template.key,
      template: JSON.stringify(template.definition),
      scheduled_at: input.scheduledAt,
      place: input.place,
      contact_person_id: input.contactPersonId,
      expected_voices: input.expectedVoices,
      expected_listeners: input.expectedListeners,
      with_team_leader: input.withTeamLeader ? 1 : 0,
      status: 'planned',
      join_code: null,
      projector_token: null,
      live_state: JSON.stringify(initialLiveState(rules)),
      live_seq: 0,
      created_by: planner.user.id,
      created_at: services.clock.now().toISOString(),
      closed_at: null,
      lead_user_id: null,
      progress_token: null,
      progress_token_hash: null,
      final_counts: null,
      speaking_distribution: null,
    },
    input.facilitatorIds,
    override,
  );
  return id;
}

export async function updatePlan(
  services: Services,
  session: MirrorSession,
  planner: Planner,
  input: PlanUpdate,
): Promise<void> {
  await checkReferences(services, session.school_id, input);
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  const teamId = input.teamId !== undefined ? input.teamId : session.team_id;
  // A reason was given for one team: another listening team asks for a new one.
  const teamChanged = teamId !== session.team_id;
  const assigned = await sessions.facilitatorIds(session.id);
  const facilitatorIds = input.facilitatorIds ?? assigned;
  const override = await checkImpartiality(services.db, session.school_id, {
    teamId,
    facilitatorIds,
    // With the same listening team only newly added facilitators are checked: a change of place or time must
    // not depend on a home team set after the assignment. A conflict of those already assigned shows as a
    // plan warning instead.
    alreadyExplained: teamChanged ? [] : assigned,
    reason: input.impartialityReason,
    actor: { id: planner.user.id, isAdmin: planner.isAdmin },
    now: services.clock.now(),
  });
  await sessions.update(session.id, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.teamId !== undefined ? { team_id: input.teamId } : {}),
    ...(input.scheduledAt !== undefined ? { scheduled_at: input.scheduledAt } : {}),
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.contactPersonId !== undefined ? { contact_person_id: input.contactPersonId } : {}),
    ...(input.expectedVoices !== undefined ? { expected_voices: input.expectedVoices } : {}),
    ...(input.expectedListeners !== undefined ? { expected_listeners: input.expectedListeners } : {}),
    ...(input.withTeamLeader !== undefined ? { with_team_leader: input.withTeamLeader ? 1 : 0 } : {}),
  });
  if (input.facilitatorIds || override || teamChanged)
    await sessions.setFacilitators(session.id, facilitatorIds, override, teamChanged);
}

export function sessionTemplate(session: Pick<MirrorSession, 'template'>): MirrorTemplate {
  return templateSchema.parse(JSON.parse(session.template));
}

/**
 * Who may do what with a session: plan it (coordinator, admin, or an administrator of the school's own
 * organisation) or run it (also its facilitators, while they still hold a role in the school).
 */
export function sessionAccess(
  auth: AuthContext,
  session: MirrorSession,
  facilitatorIds: string[],
  schoolOrganisationId: string,
  observerIds: readonly string[] = [],
) {
  const roles = auth.memberships.filter((m) => m.schoolId === session.school_id).map((m) => m.role);
  const orgAdmin = auth.user?.is_org_admin === 1 && auth.user.organisation_id === schoolOrganisationId;
  const canManage = orgAdmin || roles.includes('admin') || roles.includes('coordinator');
  const member = auth.user !== null && roles.length > 0;
  const facilitates = member && facilitatorIds.includes(auth.user!.id);
  // An observer watches and takes notes (F3): they see the session and tap speaking time, but change nothing.
  const observes = member && observerIds.includes(auth.user!.id);
  return {
    canManage,
    canRun: canManage || facilitates,
    canObserve: canManage || facilitates || observes,
    canSee: canManage || facilitates || observes || roles.includes('leader'),
    facilitates,
    observes,
  };
}

/** Whether someone administers the school: its admin role, or an administrator of its organisation. */
export function administers(auth: AuthContext, schoolId: string, schoolOrganisationId: string): boolean {
  const orgAdmin = auth.user?.is_org_admin === 1 && auth.user.organisation_id === schoolOrganisationId;
  return orgAdmin || auth.memberships.some((m) => m.schoolId === schoolId && m.role === 'admin');
}

export async function presentSession(
  services: Services,
  session: MirrorSession,
  auth: AuthContext,
  schoolOrganisationId: string,
) {
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  const facilitatorIds = await sessions.facilitatorIds(session.id);
  const observerIds = await sessions.observerIds(session.id);
  const template = sessionTemplate(session);
  const access = sessionAccess(auth, session, facilitatorIds, schoolOrganisationId, observerIds);
  const impartiality = await sessions.overrides(session.id);
  return {
    id: session.id,
    schoolId: session.school_id,
    title: session.title,
    status: session.status,
    teamId: session.team_id,
    scheduledAt: session.scheduled_at,
    place: session.place,
    facilitatorIds,
    contactPersonId: session.contact_person_id,
    expectedVoices: session.expected_voices,
    expectedListeners: session.expected_listeners,
    withTeamLeader: session.with_team_leader === 1,
    template,
    warnings: [
      ...planWarnings(
        {
          voices: session.expected_voices,
          listeners: session.expected_listeners,
          facilitators: facilitatorIds.length,
        },
        template,
      ),
      ...(await impartialityWarnings(services.db, session, facilitatorIds, impartiality)),
    ],
    joinCode: access.canRun ? session.join_code : null,
    projectorToken:
      access.canRun && session.projector_token ? services.box.open(session.projector_token) : null,
    canManage: access.canManage,
    canRun: access.canRun,
    canObserve: access.canObserve,
    isFacilitator: access.facilitates,
    isObserver: access.observes,
    observerIds,
    impartiality,
  };
}
