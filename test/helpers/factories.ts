/**
 * Factories for test data, written through the same repositories the app uses. Shared by API tests and
 * browser-test seeding.
 */

import { normaliseEmail } from '../../src/modules/accounts/domain/passwords.ts';
import type { Role } from '../../src/modules/accounts/domain/roles.ts';
import { roles } from '../../src/modules/accounts/domain/roles.ts';
import { membershipsRepository } from '../../src/modules/accounts/repositories/memberships.ts';
import {
  organisationsRepository,
  schoolsRepository,
} from '../../src/modules/accounts/repositories/organisations.ts';
import { teamsRepository } from '../../src/modules/accounts/repositories/teams.ts';
import { usersRepository } from '../../src/modules/accounts/repositories/users.ts';
import { hashPassword } from '../../src/platform/crypto/passwords.ts';
import { newTotpSecret, totpCode } from '../../src/platform/crypto/totp.ts';
import type { School, Team, User } from '../../src/platform/db/schema.ts';
import type { Services } from '../../src/server/context.ts';
import type { ApiClient } from './client.ts';
import type { TestApp } from './testApp.ts';

export const PASSWORD = 'correct-horse-battery';
let hashed: Promise<string> | undefined;
let counter = 0;

export async function buildOrganisation(services: Services, name = 'Stichting Test') {
  return organisationsRepository(services.db).create(name, services.clock.now());
}

export async function buildSchool(
  services: Services,
  organisationId: string,
  name = 'Testschool',
): Promise<School> {
  return schoolsRepository(services.db).create(organisationId, name, 'vo', services.clock.now());
}

/** The organisation a school belongs to, for building more people of it later in a test. */
export async function organisationOf(services: Services, schoolId: string): Promise<string> {
  const school = await services.db
    .selectFrom('schools')
    .select('organisation_id')
    .where('id', '=', schoolId)
    .executeTakeFirstOrThrow();
  return school.organisation_id;
}

export async function buildTeam(services: Services, schoolId: string, name = 'Team'): Promise<Team> {
  return teamsRepository(services.db, schoolId).create(name, services.clock.now());
}

export interface BuiltUser {
  user: User;
  email: string;
  password: string;
  totpSecret: string | undefined;
}

export async function buildUser(
  services: Services,
  options: {
    organisationId: string;
    email?: string;
    name?: string;
    isOrgAdmin?: boolean;
    memberships?: { schoolId: string; role: Role; teamId?: string }[];
    totp?: boolean;
    /** Another password than the shared one (hashed anew, so slower). */
    password?: string;
  },
): Promise<BuiltUser> {
  counter += 1;
  hashed ??= hashPassword(PASSWORD);
  const email = normaliseEmail(options.email ?? `person${counter}.${Date.now()}@test.kring`);
  const users = usersRepository(services.db);
  const now = services.clock.now();
  const user = await users.create(
    {
      organisationId: options.organisationId,
      email,
      name: options.name ?? `Persoon ${counter}`,
      passwordHash: options.password ? await hashPassword(options.password) : await hashed,
      locale: 'nl',
      isOrgAdmin: options.isOrgAdmin ?? false,
    },
    now,
  );
  for (const m of options.memberships ?? []) {
    await membershipsRepository(services.db, m.schoolId).add(user.id, m.role, m.teamId ?? null, now);
  }
  let totpSecret: string | undefined;
  if (options.totp) {
    totpSecret = newTotpSecret();
    await users.update(user.id, { totp_secret: services.box.seal(totpSecret), totp_enabled: 1 });
  }
  return { user: (await users.find(user.id))!, email, password: options.password ?? PASSWORD, totpSecret };
}

/** A client signed in as `who`, through the real login (and TOTP step when the account has it). */
export async function signIn(t: TestApp, who: BuiltUser): Promise<ApiClient> {
  const client = t.client();
  const login = await client.post('/api/auth/login', { email: who.email, password: who.password });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  if (login.body.state === 'totp_pending') {
    const code = totpCode(who.totpSecret!, t.services.clock.now());
    const step = await client.post('/api/auth/totp', { code });
    if (step.status !== 200) throw new Error(`TOTP failed: ${JSON.stringify(step.body)}`);
  }
  return client;
}

/**
 * Two organisations. Organisation 1 has school A (with a team and one person per role) and school B (with its
 * own administrator); organisation 2 has its own school and administrator. Enough to prove that nobody
 * reaches a record of a school they have no role in.
 */
export async function buildWorld(t: TestApp) {
  const s = t.services;
  const org = await buildOrganisation(s, 'Stichting Een');
  const schoolA = await buildSchool(s, org.id, 'School A');
  const schoolB = await buildSchool(s, org.id, 'School B');
  const teamA = await buildTeam(s, schoolA.id, 'Team A');
  const teamB = await buildTeam(s, schoolB.id, 'Team B');
  const inA = {} as Record<Role, BuiltUser>;
  for (const role of roles) {
    inA[role] = await buildUser(s, {
      organisationId: org.id,
      memberships: [{ schoolId: schoolA.id, role, teamId: teamA.id }],
      totp: role === 'confidant',
    });
  }
  const orgAdmin = await buildUser(s, { organisationId: org.id, isOrgAdmin: true });
  const adminB = await buildUser(s, {
    organisationId: org.id,
    memberships: [{ schoolId: schoolB.id, role: 'admin' }],
  });
  const otherOrg = await buildOrganisation(s, 'Stichting Twee');
  const otherSchool = await buildSchool(s, otherOrg.id, 'School Elders');
  const otherOrgAdmin = await buildUser(s, {
    organisationId: otherOrg.id,
    isOrgAdmin: true,
    memberships: [{ schoolId: otherSchool.id, role: 'admin' }],
  });
  return { org, schoolA, schoolB, teamA, teamB, inA, orgAdmin, adminB, otherOrg, otherSchool, otherOrgAdmin };
}

/** A client with a session for `who` made directly (no login request), for tests about other things. */
export async function sessionFor(t: TestApp, who: BuiltUser): Promise<ApiClient> {
  const { startSession } = await import('../../src/modules/accounts/commands/sessions.ts');
  const { token, csrf } = await startSession(t.services, who.user.id, 'active');
  const client = t.client();
  client.setCookie('kring_session', token);
  client.setCookie('kring_csrf', csrf);
  return client;
}
