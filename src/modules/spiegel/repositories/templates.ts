/** A school's own mirror-conversation templates (copies of shipped ones, edited). */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import { type MirrorTemplate, templateSchema } from '../domain/template.ts';

export interface SchoolTemplate {
  id: string;
  basedOn: string | null;
  definition: MirrorTemplate;
  updatedAt: string;
}

function present(row: {
  id: string;
  based_on: string | null;
  definition: string;
  updated_at: string;
}): SchoolTemplate {
  return {
    id: row.id,
    basedOn: row.based_on,
    definition: templateSchema.parse(JSON.parse(row.definition)),
    updatedAt: row.updated_at,
  };
}

export function mirrorTemplatesRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(): Promise<SchoolTemplate[]> {
      const rows = await school.selectFrom('mirror_templates').selectAll().orderBy('created_at').execute();
      return rows.map(present);
    },
    async find(id: string): Promise<SchoolTemplate | undefined> {
      const row = await school
        .selectFrom('mirror_templates')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? present(row) : undefined;
    },
    async create(definition: MirrorTemplate, basedOn: string | null, now: Date): Promise<SchoolTemplate> {
      const row = {
        id: randomUUID(),
        based_on: basedOn,
        definition: JSON.stringify(definition),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await school.insertInto('mirror_templates', row).execute();
      return present(row);
    },
    async update(id: string, definition: MirrorTemplate, now: Date): Promise<void> {
      await school
        .updateTable('mirror_templates')
        .set({ definition: JSON.stringify(definition), updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async remove(id: string): Promise<void> {
      await school.deleteFrom('mirror_templates').where('id', '=', id).execute();
    },
  };
}
