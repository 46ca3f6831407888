/**
 * The action plan: a session's actions and follow-up, an owner's status updates, the actions on a person's
 * home page and the school's overview of all actions.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { noContent } from '../../accounts/routes/schemas.ts';
import {
  addAction,
  canEditPlan,
  changeAction,
  followUpOf,
  matchesFilter,
  presentActions,
  removeAction,
  setFollowUp,
  updateActionStatus,
} from '../commands/actionPlan.ts';
import { isOpen } from '../domain/actions.ts';
import { mirrorActionsRepository } from '../repositories/actions.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';
import { sessionFor } from './access.ts';
import {
  actionFilter,
  actionInput,
  actionListSchema,
  actionParams,
  actionPlanSchema,
  actionSchema,
  actionUpdate,
  followUpInput,
  followUpSchema,
  schoolActionParams,
  statusUpdate,
} from './followUpSchemas.ts';
import { sessionParams } from './schemas.ts';

const tags = ['spiegel-actions'];
const seers = rules.school('coordinator', 'admin', 'facilitator', 'leader');
const runners = rules.school('coordinator', 'admin', 'facilitator');
const exampleAction = {
  what: 'Elke mentor bespreekt de afspraken over schelden in de klas',
  target: 'teachers',
  clusterId: null,
  ownerUserId: null,
  ownerRole: 'teacher',
  dueDate: '2027-02-01',
  status: 'planned',
};

async function oneAction(services: Services, request: FastifyRequest, session: MirrorSession, id: string) {
  const row = await mirrorActionsRepository(services.db, session.school_id).find(id);
  if (!row || row.session_id !== session.id) throw notFound();
  const [view] = await presentActions(services, session.school_id, [row], request.auth, () => true);
  return view!;
}

export function actionPlanRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/mirror-sessions/:sessionId';

  r.get(
    `${base}/action-plan`,
    {
      config: { auth: seers },
      schema: {
        tags,
        summary: "A session's action plan, its lead and contact person",
        params: sessionParams,
        response: { 200: actionPlanSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request);
      const canEdit = await canEditPlan(s, request.auth, session, request.school!.organisation_id);
      const rows = await mirrorActionsRepository(s.db, session.school_id).listForSession(session.id);
      return {
        sessionId: session.id,
        status: session.status,
        actions: await presentActions(s, session.school_id, rows, request.auth, () => canEdit),
        followUp: await followUpOf(s, session),
        canEdit,
      };
    },
  );

  r.post(
    `${base}/actions`,
    {
      config: { auth: runners, example: exampleAction },
      schema: {
        tags,
        summary: 'Add an action, e.g. from a round-5 cluster (also after the session)',
        params: sessionParams,
        body: actionInput,
        response: { 200: actionSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      const id = await addAction(s, session, request.body, request.auth.user!.id);
      return oneAction(s, request, session, id);
    },
  );

  r.patch(
    `${base}/actions/:actionId`,
    {
      config: { auth: runners, example: { status: 'inProgress' } },
      schema: {
        tags,
        summary: 'Change an action',
        params: actionParams,
        body: actionUpdate,
        response: { 200: actionSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      await changeAction(s, session, request.params.actionId, request.body, request.auth.user!.id);
      return oneAction(s, request, session, request.params.actionId);
    },
  );

  r.delete(
    `${base}/actions/:actionId`,
    {
      config: { auth: runners },
      schema: { tags, summary: 'Remove an action', params: actionParams, response: noContent },
    },
    async (request, reply) => {
      const session = await sessionFor(s, request, 'run');
      await removeAction(s, session, request.params.actionId);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/follow-up`,
    {
      config: { auth: runners, example: { leadUserId: null, contactPersonId: null } },
      schema: {
        tags,
        summary: 'Who takes the lead in the action plan, and who is the contact person for follow-up',
        params: sessionParams,
        body: followUpInput,
        response: { 200: followUpSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      await setFollowUp(s, session, request.body);
      const updated = (await mirrorSessionsRepository(s.db, session.school_id).find(session.id))!;
      return followUpOf(s, updated);
    },
  );

  r.post(
    '/api/schools/:schoolId/mirror-actions/:actionId/status',
    {
      // Owners hold any role, so the rule is checked on the record: the action's owner (a person, or anyone
      // with its role in this school) or whoever runs its session; others get 403, other schools 404.
      config: { auth: rules.signedIn, example: { status: 'done', note: 'Besproken in de teamvergadering' } },
      schema: {
        tags,
        summary: "Update an action's status (its owner, or whoever runs its session)",
        params: schoolActionParams,
        body: statusUpdate,
        response: { 200: actionSchema },
      },
    },
    async (request) => {
      const { schoolId, actionId } = request.params;
      const school = await schoolsRepository(s.db).find(schoolId);
      if (!school) throw notFound();
      const row = await updateActionStatus(
        s,
        request.auth,
        schoolId,
        school.organisation_id,
        actionId,
        request.body,
      );
      const session = (await mirrorSessionsRepository(s.db, schoolId).find(row.session_id))!;
      const canEdit = await canEditPlan(s, request.auth, session, school.organisation_id);
      const [view] = await presentActions(s, schoolId, [row], request.auth, () => canEdit);
      return view!;
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-actions',
    {
      config: { auth: rules.school('coordinator', 'admin', 'leader') },
      schema: {
        tags,
        summary: "All actions of all the school's sessions: open, overdue, done, or all",
        params: z.object({ schoolId: z.uuid() }),
        querystring: actionFilter,
        response: { 200: actionListSchema },
      },
    },
    async (request) => {
      const { schoolId } = request.params;
      const school = request.school!;
      const sessions = new Map((await mirrorSessionsRepository(s.db, schoolId).list()).map((x) => [x.id, x]));
      const rows = await mirrorActionsRepository(s.db, schoolId).listForSchool();
      // Coordinators and admins manage every session; leaders see the list only.
      const roles = request.auth.memberships.filter((m) => m.schoolId === schoolId).map((m) => m.role);
      const manages =
        roles.includes('coordinator') || roles.includes('admin') || request.auth.user?.is_org_admin === 1;
      const views = await presentActions(s, schoolId, rows, request.auth, () => manages);
      return {
        actions: views
          .filter((v) => matchesFilter(v, request.query.status))
          .map((v) => ({
            ...v,
            schoolId,
            schoolName: school.name,
            sessionTitle: sessions.get(v.sessionId)?.title ?? '',
            sessionDate: sessions.get(v.sessionId)?.scheduled_at ?? '',
          })),
      };
    },
  );

  r.get(
    '/api/my/mirror-actions',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'The actions I own, by name or by role, in all my schools; open ones first',
        response: { 200: actionListSchema },
      },
    },
    async (request) => {
      const auth = request.auth;
      const bySchool = new Map<string, { name: string; roles: string[] }>();
      for (const m of auth.memberships) {
        const entry = bySchool.get(m.schoolId) ?? { name: m.schoolName, roles: [] };
        entry.roles.push(m.role);
        bySchool.set(m.schoolId, entry);
      }
      const all: z.infer<typeof actionListSchema>['actions'] = [];
      for (const [schoolId, { name, roles }] of bySchool) {
        const rows = await mirrorActionsRepository(s.db, schoolId).listOwnedBy(auth.user!.id, roles);
        if (rows.length === 0) continue;
        const sessions = new Map(
          (await mirrorSessionsRepository(s.db, schoolId).list()).map((x) => [x.id, x]),
        );
        const manages = roles.includes('coordinator') || roles.includes('admin');
        const views = await presentActions(s, schoolId, rows, auth, () => manages);
        all.push(
          ...views.map((v) => ({
            ...v,
            schoolId,
            schoolName: name,
            sessionTitle: sessions.get(v.sessionId)?.title ?? '',
            sessionDate: sessions.get(v.sessionId)?.scheduled_at ?? '',
          })),
        );
      }
      const rank = (v: (typeof all)[number]) => (v.overdue ? 0 : isOpen(v.status) ? 1 : 2);
      return { actions: all.sort((a, b) => rank(a) - rank(b)) };
    },
  );
}
