/**
 * Who is calling: the session cookie is read on every request, and each route's rule is enforced before
 * the body is read, so a caller without access learns nothing from validation errors. State-changing requests
 * must carry the CSRF token (double submit: the `kring_csrf` cookie echoed in the `x-csrf-token` header,
 * bound to the session once signed in).
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { holdsRole, totpRequired } from '../modules/accounts/domain/roles.ts';
import { SESSION_TOUCH_MS, sessionAlive } from '../modules/accounts/domain/sessionPolicy.ts';
import { type MembershipOfUser, membershipsOfUser } from '../modules/accounts/repositories/memberships.ts';
import { schoolsRepository } from '../modules/accounts/repositories/organisations.ts';
import { sessionsRepository } from '../modules/accounts/repositories/sessions.ts';
import { usersRepository } from '../modules/accounts/repositories/users.ts';
import { hashToken, newToken, safeEqual } from '../platform/crypto/tokens.ts';
import type { School, Session, User } from '../platform/db/schema.ts';
import type { RegisteredRoute, Services } from './context.ts';
import { forbidden, HttpError, notFound, unauthenticated } from './errors.ts';
import type { AuthRule } from './rules.ts';

export const SESSION_COOKIE = 'kring_session';
export const CSRF_COOKIE = 'kring_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type AuthState = 'anonymous' | 'active' | 'totp_pending' | 'totp_setup_required';

export interface AuthContext {
  state: AuthState;
  session: Session | null;
  user: User | null;
  memberships: MembershipOfUser[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRule;
    /** A valid request body, shown in the API documentation and used by the authorization-matrix test. */
    example?: unknown;
  }
  interface FastifyRequest {
    auth: AuthContext;
    /** The school of a `school` rule's `:schoolId`, once authorised. */
    school: School | undefined;
  }
  interface FastifyInstance {
    kring: Services;
  }
}

const anonymous: AuthContext = { state: 'anonymous', session: null, user: null, memberships: [] };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caller behind a session token (from the cookie), or anonymous when the token is missing or stale. */
export async function loadAuth(services: Services, token: string | undefined): Promise<AuthContext> {
  if (!token) return anonymous;
  const now = services.clock.now();
  const sessions = sessionsRepository(services.db);
  const tokenHash = hashToken(token);
  const session = await sessions.find(tokenHash);
  if (
    !session ||
    !sessionAlive(
      { createdAt: session.created_at, lastSeenAt: session.last_seen_at, expiresAt: session.expires_at },
      now,
    )
  ) {
    return anonymous;
  }
  const user = await usersRepository(services.db).find(session.user_id);
  if (!user) return anonymous;
  if (now.getTime() - Date.parse(session.last_seen_at) > SESSION_TOUCH_MS)
    await sessions.touch(tokenHash, now);
  const memberships = await membershipsOfUser(services.db, user.id);
  if (session.state === 'totp_pending') return { state: 'totp_pending', session, user, memberships };
  const mustHaveTotp = totpRequired(
    memberships.map((m) => ({ role: m.role, schoolRequiresTotp: m.schoolRequiresTotp })),
  );
  const state: AuthState = mustHaveTotp && user.totp_enabled !== 1 ? 'totp_setup_required' : 'active';
  return { state, session, user, memberships };
}

function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  const bound = request.auth.session?.csrf_token ?? cookie;
  if (
    typeof header !== 'string' ||
    !cookie ||
    !bound ||
    !safeEqual(header, cookie) ||
    !safeEqual(header, bound)
  ) {
    throw new HttpError(403, 'errors.csrf');
  }
}

async function authorise(services: Services, request: FastifyRequest, rule: AuthRule): Promise<void> {
  const { state, user } = request.auth;
  switch (rule.kind) {
    case 'public':
      return;
    case 'pendingTotp':
      if (state !== 'totp_pending') throw unauthenticated();
      return;
    case 'enrolTotp':
      if (state !== 'active' && state !== 'totp_setup_required') throw unauthenticated();
      return;
  }
  if (state === 'anonymous' || state === 'totp_pending' || !user) throw unauthenticated();
  if (state === 'totp_setup_required') throw forbidden('errors.totpRequired');
  if (rule.kind === 'signedIn') return;
  if (rule.kind === 'orgAdmin') {
    if (user.is_org_admin !== 1) throw forbidden();
    return;
  }
  const schoolId = (request.params as Record<string, string | undefined>).schoolId;
  if (!schoolId) throw new Error(`Route ${request.routeOptions.url} has a school rule but no :schoolId`);
  const school = await schoolsRepository(services.db).find(schoolId);
  if (!school || school.organisation_id !== user.organisation_id) throw notFound();
  const held = request.auth.memberships.filter((m) => m.schoolId === schoolId).map((m) => m.role);
  if (!holdsRole(held, rule.roles, user.is_org_admin === 1)) throw forbidden();
  request.school = school;
}

/** Reads the session on every request and enforces each route's rule; refuses routes without one. */
export function installAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('auth', null as unknown as AuthContext);
  app.decorateRequest('school', undefined);
  app.addHook('onRequest', async (request) => {
    request.auth = await loadAuth(services, request.cookies[SESSION_COOKIE]);
  });
  app.addHook('onRoute', (route) => {
    const rule = route.config?.auth;
    if (!rule) throw new Error(`Route ${String(route.method)} ${route.url} declares no authorization rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const entry: RegisteredRoute = {
        method,
        url: route.url,
        auth: rule,
        hasBody: Boolean(route.schema?.body),
        example: route.config?.example,
        websocket: Boolean((route as { websocket?: boolean }).websocket),
      };
      services.routes.push(entry);
    }
    const guard = async (request: FastifyRequest) => {
      await authorise(services, request, rule);
      checkCsrf(request);
    };
    // Route-level onRequest hooks run after the global one that loads the session, and before the body is read.
    const existing = route.onRequest;
    route.onRequest = existing ? [...(Array.isArray(existing) ? existing : [existing]), guard] : [guard];
  });
}

function cookieOptions(request: FastifyRequest) {
  return { path: '/', secure: request.protocol === 'https', sameSite: 'lax' as const };
}

/** Makes sure the caller has a CSRF cookie; returns its value. */
export function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.auth.session?.csrf_token ?? request.cookies[CSRF_COOKIE];
  const token = existing ?? newToken();
  if (request.cookies[CSRF_COOKIE] !== token) {
    reply.setCookie(CSRF_COOKIE, token, { ...cookieOptions(request), httpOnly: false, sameSite: 'strict' });
  }
  return token;
}

/** Sets the cookies of a new session. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  csrf: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...cookieOptions(request), httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...cookieOptions(request), httpOnly: true });
}
