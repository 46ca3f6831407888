/** Each school's reporting-point settings: its public code, deadlines, retention and recovery key. */
import { randomInt } from 'node:crypto';
import type { Database } from '../../../platform/db/index.ts';
import type { MeldpuntSettingsTable } from '../../../platform/db/schema.ts';

export type MeldpuntSettings = MeldpuntSettingsTable;

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const defaultDeadlines = { ack_days: 7, feedback_months: 3, retention_days: 90 };

export function settingsByCode(db: Database, code: string) {
  return db.selectFrom('meldpunt_settings').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The school's settings, made with a fresh public code and the default deadlines the first time. */
export async function settingsOf(db: Database, schoolId: string): Promise<MeldpuntSettings> {
  const found = await db
    .selectFrom('meldpunt_settings')
    .selectAll()
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  if (found) return found;
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  await db
    .insertInto('meldpunt_settings')
    .values({
      school_id: schoolId,
      code,
      ...defaultDeadlines,
      recovery_public_key: null,
      recovery_created_at: null,
      recovery_created_by: null,
    })
    .onConflict((oc) => oc.column('school_id').doNothing())
    .execute();
  return (await db
    .selectFrom('meldpunt_settings')
    .selectAll()
    .where('school_id', '=', schoolId)
    .executeTakeFirst())!;
}

export async function updateSettings(
  db: Database,
  schoolId: string,
  set: Partial<Omit<MeldpuntSettings, 'school_id' | 'code'>>,
): Promise<void> {
  await db.updateTable('meldpunt_settings').set(set).where('school_id', '=', schoolId).execute();
}
