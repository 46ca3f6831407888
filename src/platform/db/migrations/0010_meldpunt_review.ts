import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * Safer keys for the reporting point:
 * - `meldpunt_report_keys.with_case_key` and `meldpunt_reports.recovery_with_case_key` say whether a grant (and the
 *   recovery key's copy) holds the case key too. A grant without it, on a case that has one, gives no access: the
 *   colleague is then listed as someone to give access to again, instead of being locked out for good. Existing rows
 *   are read by length: a sealed report key alone is about 122 characters, both keys about 210;
 * - `confidant_keys.weak`: the key is locked under a password shorter than the confidant's minimum (it was made
 *   before that rule). Such a key gets no new reports and no grants until a longer password locks it anew. A
 *   session that signed in with such a password since 0009 says so already;
 * - with SQLite, one VACUUM: rows deleted before `secure_delete` was on (cases purged earlier, notes re-sealed to the
 *   case key) may still sit in free pages of the file. It rebuilds the file without them (SQLite runs migrations
 *   outside a transaction, as VACUUM needs); the write-ahead log is emptied after.
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
  await sql`UPDATE confidant_keys SET weak = 1
    WHERE user_id IN (SELECT user_id FROM sessions WHERE weak_password = 1)`.execute(db);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`VACUUM`.execute(db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('confidant_keys').dropColumn('weak').execute();
  await db.schema.alterTable('meldpunt_reports').dropColumn('recovery_with_case_key').execute();
  await db.schema.alterTable('meldpunt_report_keys').dropColumn('with_case_key').execute();
}
