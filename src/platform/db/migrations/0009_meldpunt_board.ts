import type { Kysely } from 'kysely';

/**
 * The reporting point, second round:
 * - the board's crisis log (PRODUCT M5) as a record of the school of its own: the steps with time, who and a note
 *   (notes and title sealed with the server's secret box); which case started it is kept for confidants only;
 * - a confidants-only case key per report (`case_public_key`): notes, checklist notes and restorative texts are
 *   sealed to it, and its private key reaches only confidants (in their grant) and the recovery key, never the
 *   receipt code. Reports from before stay as they are until a confidant opens them (their key is needed to
 *   re-seal), which `upgradeCaseKey` then does once;
 * - a session mark that its password was too short for the confidant role: the confidant key then stays shut
 *   until a longer password is chosen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meldpunt_reports').addColumn('case_public_key', 'text').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('weak_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('meldpunt_crises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    // The case a confidant started it from; never shown to the board. Gone with the case's purge.
    .addColumn('report_id', 'text', (c) => c.references('meldpunt_reports.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('meldpunt_crises_school').on('meldpunt_crises').column('school_id').execute();
  // One crisis log per case (several NULLs are allowed by both databases).
  await db.schema
    .createIndex('meldpunt_crises_report')
    .on('meldpunt_crises')
    .column('report_id')
    .unique()
    .execute();

  await db.schema
    .createTable('meldpunt_crisis_steps')
    .addColumn('crisis_id', 'text', (c) => c.notNull().references('meldpunt_crises.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meldpunt_crisis_steps_pk', ['crisis_id', 'step'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meldpunt_crisis_steps').execute();
  await db.schema.dropTable('meldpunt_crises').execute();
  await db.schema.alterTable('sessions').dropColumn('weak_password').execute();
  await db.schema.alterTable('meldpunt_reports').dropColumn('case_public_key').execute();
}
