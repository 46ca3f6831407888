/** One school's settings, teams and people, for its administrators. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, conflict, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { revokeConfidantAccess } from '../commands/confidantKeys.ts';
import { membershipsRepository } from '../repositories/memberships.ts';
import { schoolsRepository } from '../repositories/organisations.ts';
import { teamsRepository } from '../repositories/teams.ts';
import { presentSchool } from './organisation.routes.ts';
import {
  idSchema,
  nameSchema,
  noContent,
  personViewSchema,
  schoolKindSchema,
  schoolViewSchema,
  teamViewSchema,
} from './schemas.ts';

const tags = ['school'];
const schoolParams = z.object({ schoolId: idSchema });
const teamParams = schoolParams.extend({ teamId: idSchema });
const membershipParams = schoolParams.extend({ membershipId: idSchema });
const adminOnly = rules.school('admin');

export function schoolRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/schools/:schoolId',
    {
      config: { auth: rules.school('admin', 'coordinator', 'facilitator', 'teacher', 'confidant', 'leader') },
      schema: { tags, summary: 'A school', params: schoolParams, response: { 200: schoolViewSchema } },
    },
    async (request) => presentSchool(request.school!),
  );

  r.patch(
    '/api/schools/:schoolId',
    {
      config: { auth: adminOnly, example: { name: 'Het Voorbeeld College' } },
      schema: {
        tags,
        summary: 'Change a school: name, kind, whether everyone must use two-factor authentication',
        params: schoolParams,
        body: z.strictObject({
          name: nameSchema.optional(),
          kind: schoolKindSchema.optional(),
          requireTotp: z.boolean().optional(),
        }),
        response: { 200: schoolViewSchema },
      },
    },
    async (request) => {
      const schools = schoolsRepository(app.kring.db);
      await schools.update(request.params.schoolId, request.body);
      return presentSchool((await schools.find(request.params.schoolId))!);
    },
  );

  r.get(
    '/api/schools/:schoolId/teams',
    {
      config: { auth: rules.school('admin', 'coordinator', 'leader') },
      schema: {
        tags,
        summary: 'The teams of a school',
        params: schoolParams,
        response: { 200: z.array(teamViewSchema) },
      },
    },
    async (request) => teamsRepository(app.kring.db, request.params.schoolId).list(),
  );

  r.post(
    '/api/schools/:schoolId/teams',
    {
      config: { auth: adminOnly, example: { name: 'Onderbouw' } },
      schema: {
        tags,
        summary: 'Add a team',
        params: schoolParams,
        body: z.strictObject({ name: nameSchema }),
        response: { 201: teamViewSchema },
      },
    },
    async (request, reply) => {
      const teams = teamsRepository(app.kring.db, request.params.schoolId);
      if (await teams.findByName(request.body.name))
        throw conflict('errors.conflict', { name: 'errors.conflict' });
      const team = await teams.create(request.body.name, app.kring.clock.now());
      return reply.status(201).send({ id: team.id, name: team.name, memberCount: 0 });
    },
  );

  r.patch(
    '/api/schools/:schoolId/teams/:teamId',
    {
      config: { auth: adminOnly, example: { name: 'Bovenbouw' } },
      schema: {
        tags,
        summary: 'Rename a team',
        params: teamParams,
        body: z.strictObject({ name: nameSchema }),
        response: { 200: teamViewSchema },
      },
    },
    async (request) => {
      const teams = teamsRepository(app.kring.db, request.params.schoolId);
      if (!(await teams.find(request.params.teamId))) throw notFound();
      const clash = await teams.findByName(request.body.name);
      if (clash && clash.id !== request.params.teamId)
        throw conflict('errors.conflict', { name: 'errors.conflict' });
      await teams.rename(request.params.teamId, request.body.name);
      return (await teams.list()).find((t) => t.id === request.params.teamId)!;
    },
  );

  r.delete(
    '/api/schools/:schoolId/teams/:teamId',
    {
      config: { auth: adminOnly },
      schema: { tags, summary: 'Remove an empty team', params: teamParams, response: noContent },
    },
    async (request, reply) => {
      const teams = teamsRepository(app.kring.db, request.params.schoolId);
      if (!(await teams.find(request.params.teamId))) throw notFound();
      if (await teams.hasMembers(request.params.teamId)) throw conflict('errors.teamNotEmpty');
      await teams.remove(request.params.teamId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/schools/:schoolId/people',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary: 'Everyone with a role in the school',
        params: schoolParams,
        response: { 200: z.array(personViewSchema) },
      },
    },
    async (request) => membershipsRepository(app.kring.db, request.params.schoolId).people(),
  );

  r.patch(
    '/api/schools/:schoolId/memberships/:membershipId',
    {
      config: { auth: adminOnly, example: { teamId: null } },
      schema: {
        tags,
        summary:
          "Put someone's role in a team, or in none. A facilitator with a team is internal to it (F2); without, external",
        params: membershipParams,
        body: z.strictObject({ teamId: idSchema.nullable() }),
        response: { 200: personViewSchema },
      },
    },
    async (request) => {
      const { schoolId, membershipId } = request.params;
      const memberships = membershipsRepository(app.kring.db, schoolId);
      if (!(await memberships.find(membershipId))) throw notFound();
      const { teamId } = request.body;
      if (teamId && !(await teamsRepository(app.kring.db, schoolId).find(teamId)))
        throw badRequest('errors.validation', { teamId: 'validation.choice' });
      await memberships.setTeam(membershipId, teamId);
      return (await memberships.people()).find((p) => p.membershipId === membershipId)!;
    },
  );

  r.delete(
    '/api/schools/:schoolId/memberships/:membershipId',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary: 'Take a role in the school away from someone',
        params: membershipParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      const memberships = membershipsRepository(app.kring.db, request.params.schoolId);
      const membership = await memberships.find(request.params.membershipId);
      if (!membership) throw notFound();
      if (
        membership.role === 'admin' &&
        (await memberships.countRole('admin')) <= 1 &&
        !request.auth.user!.is_org_admin
      ) {
        throw badRequest('errors.lastAdmin');
      }
      await memberships.remove(membership.id);
      if (membership.role === 'confidant')
        await revokeConfidantAccess(app.kring.db, request.params.schoolId, membership.user_id);
      return reply.status(204).send(null);
    },
  );
}
