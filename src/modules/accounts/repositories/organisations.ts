/** Organisations (school boards) and their schools. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/index.ts';
import type { Organisation, School } from '../../../platform/db/schema.ts';

export function organisationsRepository(db: Database) {
  return {
    async create(name: string, now: Date): Promise<Organisation> {
      const row = { id: randomUUID(), name, created_at: now.toISOString() };
      await db.insertInto('organisations').values(row).execute();
      return row;
    },
    find(id: string): Promise<Organisation | undefined> {
      return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async rename(id: string, name: string): Promise<void> {
      await db.updateTable('organisations').set({ name }).where('id', '=', id).execute();
    },
    count(): Promise<number> {
      return db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    },
  };
}

export interface SchoolChanges {
  name?: string | undefined;
  kind?: School['kind'] | undefined;
  requireTotp?: boolean | undefined;
}

export function schoolsRepository(db: Database) {
  return {
    async create(organisationId: string, name: string, kind: School['kind'], now: Date): Promise<School> {
      const row: School = {
        id: randomUUID(),
        organisation_id: organisationId,
        name,
        kind,
        require_totp: 0,
        created_at: now.toISOString(),
      };
      await db.insertInto('schools').values(row).execute();
      return row;
    },
    find(id: string): Promise<School | undefined> {
      return db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listForOrganisation(organisationId: string): Promise<School[]> {
      return db
        .selectFrom('schools')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('name')
        .execute();
    },
    async update(id: string, changes: SchoolChanges): Promise<void> {
      const set: Partial<School> = {};
      if (changes.name !== undefined) set.name = changes.name;
      if (changes.kind !== undefined) set.kind = changes.kind;
      if (changes.requireTotp !== undefined) set.require_totp = changes.requireTotp ? 1 : 0;
      if (Object.keys(set).length === 0) return;
      await db.updateTable('schools').set(set).where('id', '=', id).execute();
    },
  };
}
