/** What a signed-in person changes about their own account: language, password, two-factor authentication. */

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../../platform/crypto/passwords.ts';
import { loadAuth, SESSION_COOKIE } from '../../../server/auth.ts';
import { HttpError } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { relockConfidantKey, unlockConfidantKey } from '../commands/confidantKeys.ts';
import { requireLongEnough } from '../commands/passwordRule.ts';
import { presentSession } from '../commands/sessions.ts';
import { beginTotpEnrolment, disableTotp, enableTotp } from '../commands/totp.ts';
import { totpRequired } from '../domain/roles.ts';
import { sessionsRepository } from '../repositories/sessions.ts';
import { usersRepository } from '../repositories/users.ts';
import { localeSchema, noContent, passwordSchema, sessionViewSchema, totpCodeSchema } from './schemas.ts';
import { perAccountRateLimit } from './session.routes.ts';

const tags = ['account'];

export function accountRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const users = () => usersRepository(app.kring.db);

  r.post(
    '/api/account/locale',
    {
      config: { auth: rules.enrolTotp, example: { locale: 'en' } },
      schema: {
        tags,
        summary: 'Remember the language of the interface and of mail',
        body: z.strictObject({ locale: localeSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await users().update(request.auth.user!.id, { locale: request.body.locale });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/account/password',
    {
      config: {
        auth: rules.signedIn,
        rateLimit: perAccountRateLimit,
        example: { currentPassword: 'een-lang-wachtwoord', newPassword: 'een-ander-lang-wachtwoord' },
      },
      schema: {
        tags,
        summary: "Change one's password (a confidant's must be at least 15 characters)",
        body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const user = request.auth.user!;
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(user.password_hash, currentPassword))) {
        throw new HttpError(400, 'errors.passwordWrong', {}, { currentPassword: 'errors.passwordWrong' });
      }
      requireLongEnough(
        newPassword,
        request.auth.memberships.map((m) => m.role),
        'newPassword',
      );
      await users().update(user.id, { password_hash: await hashPassword(newPassword) });
      await relockConfidantKey(app.kring, user.id, currentPassword, newPassword);
      // A confidant's key opens for this session with the new password (and is made now if a short one held it back).
      await unlockConfidantKey(app.kring, user.id, newPassword, request.cookies[SESSION_COOKIE]!);
      // Whoever else had a session of this account (a lost phone, a stolen cookie) is signed out.
      await sessionsRepository(app.kring.db).removeAllOfUserExcept(user.id, request.auth.session!.token_hash);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/account/totp/setup',
    {
      config: { auth: rules.enrolTotp },
      schema: {
        tags,
        summary: 'Start setting up two-factor authentication: a new secret and its QR code',
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }) },
      },
    },
    async (request) => beginTotpEnrolment(app.kring, request.auth.user!),
  );

  r.post(
    '/api/account/totp/enable',
    {
      config: { auth: rules.enrolTotp, rateLimit: perAccountRateLimit, example: { code: '123456' } },
      schema: {
        tags,
        summary: 'Switch two-factor authentication on with a code from the app',
        body: z.strictObject({ code: totpCodeSchema }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request) => {
      await enableTotp(app.kring, request.auth.user!, request.body.code);
      request.auth = await loadAuth(app.kring, request.cookies[SESSION_COOKIE]);
      return presentSession(app.kring, request.auth);
    },
  );

  r.post(
    '/api/account/totp/disable',
    {
      config: {
        auth: rules.signedIn,
        rateLimit: perAccountRateLimit,
        example: { password: 'een-lang-wachtwoord' },
      },
      schema: {
        tags,
        summary: 'Switch two-factor authentication off (not possible where a role or school requires it)',
        body: z.strictObject({ password: z.string().min(1).max(200) }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request) => {
      const required = totpRequired(request.auth.memberships);
      await disableTotp(app.kring, request.auth.user!, request.body.password, required);
      request.auth = await loadAuth(app.kring, request.cookies[SESSION_COOKIE]);
      return presentSession(app.kring, request.auth);
    },
  );
}
