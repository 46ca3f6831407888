/** Teams (departments, sections) of one school. Every query is scoped to that school. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { Team } from '../../../platform/db/schema.ts';

export interface TeamWithCount {
  id: string;
  name: string;
  memberCount: number;
}

export function teamsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(): Promise<TeamWithCount[]> {
      const rows = await school
        .selectFrom('teams')
        .leftJoin('memberships', 'memberships.team_id', 'teams.id')
        .select(['teams.id', 'teams.name'])
        .select((eb) => eb.fn.count('memberships.id').as('member_count'))
        .groupBy(['teams.id', 'teams.name'])
        .orderBy('teams.name')
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, memberCount: Number(r.member_count) }));
    },
    find(id: string): Promise<Team | undefined> {
      return school.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByName(name: string): Promise<Team | undefined> {
      return school.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst();
    },
    async create(name: string, now: Date): Promise<Team> {
      const row = { id: randomUUID(), name, created_at: now.toISOString() };
      await school.insertInto('teams', row).execute();
      return { ...row, school_id: schoolId };
    },
    async rename(id: string, name: string): Promise<void> {
      await school.updateTable('teams').set({ name }).where('id', '=', id).execute();
    },
    async hasMembers(id: string): Promise<boolean> {
      const row = await school
        .selectFrom('memberships')
        .select('id')
        .where('team_id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },
    async remove(id: string): Promise<void> {
      await school.deleteFrom('teams').where('id', '=', id).execute();
    },
  };
}
