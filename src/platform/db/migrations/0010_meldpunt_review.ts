import { type Kysely, sql } from 'kysely';

/**
 * Safer keys for the reporting point:
 * - `meldpunt_report_keys.with_case_key` and `meldpunt_reports.recovery_with_case_key` say whether a grant (and the
 *   recovery key's copy) holds the case key too. A grant without it, on a case that has one, gives no access: the
 *   colleague is then listed as someone to give access to again, instead of being locked out for good. Existing rows
 *   are read by length: a sealed report key alone is about 122 characters, both keys about 210;
 * - `confidant_keys.weak`: the key is locked under a password shorter than the confidant's minimum (it was made
 *   before that rule). Such a key gets no new reports and no grants until a longer password locks it anew.
 */
const BOTH_KEYS_LENGTH = 160;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meldpunt_report_keys')
    .addColumn('with_case_key', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('meldpunt_reports')
    .addColumn('recovery_with_case_key', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('confidant_keys')
    .addColumn('weak', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE meldpunt_report_keys SET with_case_key = 1 WHERE length(sealed_key) > ${BOTH_KEYS_LENGTH}`.execute(
    db,
  );
  await sql`UPDATE meldpunt_reports SET recovery_with_case_key = 1 WHERE length(key_for_recovery) > ${BOTH_KEYS_LENGTH}`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('confidant_keys').dropColumn('weak').execute();
  await db.schema.alterTable('meldpunt_reports').dropColumn('recovery_with_case_key').execute();
  await db.schema.alterTable('meldpunt_report_keys').dropColumn('with_case_key').execute();
}
