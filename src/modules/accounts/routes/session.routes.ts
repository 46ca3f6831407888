/** Signing in and out, first-run setup, and forgotten passwords. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoAfter } from '../../../platform/clock.ts';
import {
  clearSessionCookie,
  ensureCsrfCookie,
  loadAuth,
  SESSION_COOKIE,
  setSessionCookies,
} from '../../../server/auth.ts';
import { inBackground } from '../../../server/context.ts';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import { unlockConfidantKey } from '../commands/confidantKeys.ts';
import { checkPassword, checkTotp } from '../commands/login.ts';
import { completePasswordReset, requestPasswordReset } from '../commands/passwordReset.ts';
import { presentSession, startSession } from '../commands/sessions.ts';
import { completeSetup } from '../commands/setup.ts';
import { SESSION_MAX_MS } from '../domain/sessionPolicy.ts';
import { sessionsRepository } from '../repositories/sessions.ts';
import { usersRepository } from '../repositories/users.ts';
import {
  emailSchema,
  nameSchema,
  noContent,
  passwordSchema,
  sessionViewSchema,
  tokenSchema,
  totpCodeSchema,
} from './schemas.ts';

const tags = ['session'];
/**
 * Ten tries a minute per account: the signed-in person, or the email address tried from this network address.
 * Counted after the body is read, because a whole school shares one public address and must not share a limit.
 */
export const perAccountRateLimit = {
  max: 10,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    return (
      request.auth?.user?.id ?? `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`
    );
  },
};
/** For links with a 256-bit token, which cannot be guessed: generous enough for a school's onboarding day. */
export const tokenRateLimit = { max: 60, timeWindow: '1 minute' };
const exampleToken = 'Qm9vLWV4YW1wbGUtdG9rZW4tb2YtNDMtY2hhcmFjdGVycw';

/**
 * Replaces the caller's session with a new one for `user` (waiting for the TOTP step when the account has
 * it), and answers with the session view.
 */
export async function signIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: { id: string; totp_enabled: number },
  password: string,
) {
  if (request.auth.session) await sessionsRepository(app.kring.db).remove(request.auth.session.token_hash);
  const { token, csrf } = await startSession(
    app.kring,
    user.id,
    user.totp_enabled === 1 ? 'totp_pending' : 'active',
  );
  await unlockConfidantKey(app.kring, user.id, password, token);
  setSessionCookies(request, reply, token, csrf);
  request.auth = await loadAuth(app.kring, token);
  return presentSession(app.kring, request.auth);
}

export function sessionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/session',
    {
      config: { auth: rules.public },
      schema: {
        tags,
        summary: 'Who is signed in; also sets the CSRF cookie',
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      ensureCsrfCookie(request, reply);
      return presentSession(app.kring, request.auth);
    },
  );

  r.post(
    '/api/setup',
    {
      config: {
        auth: rules.public,
        rateLimit: tokenRateLimit,
        example: {
          token: exampleToken,
          organisationName: 'Stichting Voorbeeld',
          name: 'A. Beheer',
          email: 'beheer@voorbeeld.nl',
          password: 'een-lang-wachtwoord',
        },
      },
      schema: {
        tags,
        summary: 'First run: create the organisation and its first administrator, and sign in',
        body: z.strictObject({
          token: tokenSchema,
          organisationName: nameSchema,
          name: nameSchema,
          email: emailSchema,
          password: passwordSchema,
        }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const user = await completeSetup(app.kring, { ...request.body, locale: requestLocale(request) });
      return signIn(app, request, reply, user, request.body.password);
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: {
        auth: rules.public,
        rateLimit: perAccountRateLimit,
        example: { email: 'docent@voorbeeld.nl', password: 'een-lang-wachtwoord' },
      },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: z.strictObject({ email: emailSchema, password: z.string().min(1).max(200) }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const user = await checkPassword(app.kring, request.body.email, request.body.password);
      return signIn(app, request, reply, user, request.body.password);
    },
  );

  r.post(
    '/api/auth/totp',
    {
      config: { auth: rules.pendingTotp, rateLimit: perAccountRateLimit, example: { code: '123456' } },
      schema: {
        tags,
        summary: 'Second step of signing in: the code from the authenticator app',
        body: z.strictObject({ code: totpCodeSchema }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request) => {
      const { user, session } = request.auth;
      if (!user || !session) throw new Error('pendingTotp rule let a request without session through');
      await checkTotp(app.kring, user, request.body.code);
      const now = app.kring.clock.now();
      await sessionsRepository(app.kring.db).activate(session.token_hash, isoAfter(now, SESSION_MAX_MS), now);
      request.auth = await loadAuth(app.kring, request.cookies[SESSION_COOKIE]);
      return presentSession(app.kring, request.auth);
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { auth: rules.public }, schema: { tags, summary: 'Sign out', response: noContent } },
    async (request, reply) => {
      if (request.auth.session)
        await sessionsRepository(app.kring.db).remove(request.auth.session.token_hash);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset',
    {
      config: {
        auth: rules.public,
        rateLimit: { ...perAccountRateLimit, max: 5, timeWindow: '15 minutes' },
        example: { email: 'docent@voorbeeld.nl' },
      },
      schema: {
        tags,
        summary: 'Mail a link to set a new password (the same answer whether the address exists or not)',
        body: z.strictObject({ email: emailSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      // Answered before the database and mail work, so the time taken does not tell whether the address exists.
      inBackground(app.kring, requestPasswordReset(app.kring, request.body.email), (error) =>
        request.log.error({ err: error }, 'password reset mail failed'),
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/complete',
    {
      config: {
        auth: rules.public,
        rateLimit: tokenRateLimit,
        example: { token: exampleToken, password: 'een-lang-wachtwoord' },
      },
      schema: {
        tags,
        summary: 'Set a new password with the mailed link, and sign in',
        body: z.strictObject({ token: tokenSchema, password: passwordSchema }),
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const userId = await completePasswordReset(app.kring, request.body.token, request.body.password);
      const user = await usersRepository(app.kring.db).find(userId);
      if (!user) throw new Error('password reset for a user that no longer exists');
      return signIn(app, request, reply, user, request.body.password);
    },
  );
}
