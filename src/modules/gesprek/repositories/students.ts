/** A school's student roster: students added by hand by a teacher, or imported from the information system. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { RosterStudent } from '../domain/roster.ts';

export interface Student {
  id: string;
  name: string;
  className: string;
  source: 'manual' | 'import';
}

const present = (row: { id: string; name: string; class_name: string; source: 'manual' | 'import' }) => ({
  id: row.id,
  name: row.name,
  className: row.class_name,
  source: row.source,
});

const sameStudent = (a: { name: string; className: string }, b: { name: string; className: string }) =>
  a.name.toLowerCase() === b.name.toLowerCase() && a.className.toLowerCase() === b.className.toLowerCase();

export function studentsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(): Promise<Student[]> {
      const rows = await school
        .selectFrom('students')
        .select(['id', 'name', 'class_name', 'source'])
        .orderBy('class_name')
        .orderBy('name')
        .execute();
      return rows.map(present);
    },
    async find(id: string): Promise<Student | undefined> {
      const row = await school
        .selectFrom('students')
        .select(['id', 'name', 'class_name', 'source'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && present(row);
    },
    async add(student: { name: string; className: string }, createdBy: string, now: Date): Promise<string> {
      const id = randomUUID();
      const at = now.toISOString();
      await school
        .insertInto('students', {
          id,
          name: student.name,
          class_name: student.className,
          source: 'manual',
          external_id: null,
          created_by: createdBy,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return id;
    },
    /** Removes a student and, with them, every conversation about them. */
    async remove(id: string): Promise<boolean> {
      const result = await school.deleteFrom('students').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}

/**
 * Writes an import in one transaction. A student is found by their number from the information system, else by
 * name and class among the students without a number (added by hand, or imported without numbers), who then get
 * the number; anyone else is added. Twice the same line adds one student. Nobody is removed: a student who left
 * stays until an administrator removes them (with their conversations).
 */
export async function importStudents(
  db: Database,
  schoolId: string,
  students: readonly RosterStudent[],
  by: string,
  now: Date,
): Promise<{ added: number; updated: number }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const school = forSchool(trx, schoolId);
    const known = await school
      .selectFrom('students')
      .select(['id', 'name', 'class_name', 'external_id'])
      .execute();
    const byNumber = new Map(known.filter((s) => s.external_id).map((s) => [s.external_id!, s.id]));
    const withoutNumber = known
      .filter((s) => !s.external_id)
      .map((s) => ({ id: s.id, name: s.name, className: s.class_name }));
    const seen = new Set<string>();
    let added = 0;
    let updated = 0;
    for (const student of students) {
      const match =
        (student.externalId && byNumber.get(student.externalId)) ||
        withoutNumber.find((s) => sameStudent(s, student))?.id;
      if (match) {
        await school
          .updateTable('students')
          .set({
            name: student.name,
            class_name: student.className,
            ...(student.externalId ? { external_id: student.externalId } : {}),
            updated_at: at,
          })
          .where('id', '=', match)
          .execute();
        if (student.externalId) {
          byNumber.set(student.externalId, match);
          const index = withoutNumber.findIndex((s) => s.id === match);
          if (index >= 0) withoutNumber.splice(index, 1);
        }
        if (!seen.has(match)) updated += 1;
        seen.add(match);
        continue;
      }
      const id = randomUUID();
      await school
        .insertInto('students', {
          id,
          name: student.name,
          class_name: student.className,
          source: 'import',
          external_id: student.externalId,
          created_by: by,
          created_at: at,
          updated_at: at,
        })
        .execute();
      if (student.externalId) byNumber.set(student.externalId, id);
      else withoutNumber.push({ id, name: student.name, className: student.className });
      seen.add(id);
      added += 1;
    }
    return { added, updated };
  });
}
