/** A person's role in a school. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';

export interface MembershipOfUser {
  id: string;
  schoolId: string;
  schoolName: string;
  organisationId: string;
  schoolRequiresTotp: boolean;
  role: string;
  teamId: string | null;
}

export interface PersonInSchool {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  teamId: string | null;
  totpEnabled: boolean;
}

/** Every role a user holds, across schools: what the session needs to authorise a request. */
export async function membershipsOfUser(db: Database, userId: string): Promise<MembershipOfUser[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('schools', 'schools.id', 'memberships.school_id')
    .select([
      'memberships.id',
      'memberships.school_id',
      'memberships.role',
      'memberships.team_id',
      'schools.name as school_name',
      'schools.organisation_id',
      'schools.require_totp',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('schools.name')
    .orderBy('memberships.role')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    schoolName: r.school_name,
    organisationId: r.organisation_id,
    schoolRequiresTotp: r.require_totp === 1,
    role: r.role,
    teamId: r.team_id,
  }));
}

export function membershipsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async people(): Promise<PersonInSchool[]> {
      const rows = await school
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select([
          'memberships.id',
          'memberships.user_id',
          'memberships.role',
          'memberships.team_id',
          'users.name',
          'users.email',
          'users.totp_enabled',
        ])
        .orderBy('users.name')
        .orderBy('memberships.role')
        .execute();
      return rows.map((r) => ({
        membershipId: r.id,
        userId: r.user_id,
        name: r.name,
        email: r.email,
        role: r.role,
        teamId: r.team_id,
        totpEnabled: r.totp_enabled === 1,
      }));
    },
    find(id: string) {
      return school.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async holds(userId: string, role: string): Promise<boolean> {
      const row = await school
        .selectFrom('memberships')
        .select('id')
        .where('user_id', '=', userId)
        .where('role', '=', role)
        .executeTakeFirst();
      return row !== undefined;
    },
    async add(userId: string, role: string, teamId: string | null, now: Date): Promise<string> {
      const id = randomUUID();
      await school
        .insertInto('memberships', {
          id,
          user_id: userId,
          role,
          team_id: teamId,
          created_at: now.toISOString(),
        })
        .execute();
      return id;
    },
    async countRole(role: string): Promise<number> {
      const row = await school
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', role)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Puts a role in a team, or in none (for a facilitator: external). */
    async setTeam(id: string, teamId: string | null): Promise<void> {
      await school.updateTable('memberships').set({ team_id: teamId }).where('id', '=', id).execute();
    },
    async remove(id: string): Promise<void> {
      await school.deleteFrom('memberships').where('id', '=', id).execute();
    },
  };
}
