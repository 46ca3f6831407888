/** Inviting people to a role in a school, and the public side of accepting an invitation. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Invitation } from '../../../platform/db/schema.ts';
import { notFound } from '../../../server/errors.ts';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import { acceptInvitation, invite, lookUpInvitation } from '../commands/invitations.ts';
import { invitationsRepository } from '../repositories/invitations.ts';
import {
  emailSchema,
  idSchema,
  invitationViewSchema,
  nameSchema,
  noContent,
  roleSchema,
  sessionViewSchema,
  tokenSchema,
} from './schemas.ts';
import { signIn, tokenRateLimit } from './session.routes.ts';

const tags = ['invitations'];
const schoolParams = z.object({ schoolId: idSchema });
const exampleToken = 'Qm9vLWV4YW1wbGUtdG9rZW4tb2YtNDMtY2hhcmFjdGVycw';

function present(i: Invitation) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    teamId: i.team_id,
    expiresAt: i.expires_at,
    createdAt: i.created_at,
  };
}

export function invitationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/schools/:schoolId/invitations',
    {
      config: { auth: rules.school('admin') },
      schema: {
        tags,
        summary: 'Invitations that have not been accepted, revoked or expired',
        params: schoolParams,
        response: { 200: z.array(invitationViewSchema) },
      },
    },
    async (request) =>
      (await invitationsRepository(app.kring.db, request.params.schoolId).pending(app.kring.clock.now())).map(
        present,
      ),
  );

  r.post(
    '/api/schools/:schoolId/invitations',
    {
      config: {
        auth: rules.school('admin'),
        rateLimit: { max: 60, timeWindow: '1 hour' },
        example: { email: 'nieuwe.docent@voorbeeld.nl', role: 'teacher' },
      },
      schema: {
        tags,
        summary: 'Invite someone by email to a role in the school',
        params: schoolParams,
        body: z.strictObject({ email: emailSchema, role: roleSchema, teamId: idSchema.optional() }),
        response: { 201: invitationViewSchema },
      },
    },
    async (request, reply) => {
      const invitation = await invite(
        app.kring,
        request.school!,
        request.auth.user!,
        request.body,
        requestLocale(request),
      );
      return reply.status(201).send(present(invitation));
    },
  );

  r.delete(
    '/api/schools/:schoolId/invitations/:invitationId',
    {
      config: { auth: rules.school('admin') },
      schema: {
        tags,
        summary: 'Revoke an invitation; its link stops working',
        params: schoolParams.extend({ invitationId: idSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const invitations = invitationsRepository(app.kring.db, request.params.schoolId);
      if (!(await invitations.find(request.params.invitationId))) throw notFound();
      await invitations.revoke(request.params.invitationId, app.kring.clock.now());
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/invitations/lookup',
    {
      config: { auth: rules.public, rateLimit: tokenRateLimit, example: { token: exampleToken } },
      schema: {
        tags,
        summary: 'What an invitation link is for (the token travels in the body, never in a URL)',
        body: z.strictObject({ token: tokenSchema }),
        response: {
          200: z.object({
            email: z.string(),
            schoolName: z.string(),
            organisationName: z.string(),
            role: z.string(),
            existingAccount: z.boolean(),
          }),
        },
      },
    },
    async (request) => lookUpInvitation(app.kring, request.body.token),
  );

  r.post(
    '/api/invitations/accept',
    {
      config: {
        auth: rules.public,
        rateLimit: tokenRateLimit,
        example: { token: exampleToken, name: 'N. Docent', password: 'een-lang-wachtwoord' },
      },
      schema: {
        tags,
        summary: 'Accept an invitation: create the account, or add the role to an existing one; then sign in',
        body: z.strictObject({
          token: tokenSchema,
          name: nameSchema.optional(),
          password: z.string().min(1).max(200),
        }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const { token, name, password } = request.body;
      const user = await acceptInvitation(app.kring, {
        token,
        name,
        password,
        locale: requestLocale(request),
      });
      return signIn(app, request, reply, user, password);
    },
  );
}
