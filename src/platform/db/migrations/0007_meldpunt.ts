import type { Kysely } from 'kysely';

/**
 * The confidential reporting point (PRODUCT M1–M3): each school's settings and recovery key, each confidant's
 * key pair (the private key locked under their password), reports whose content is sealed to the report's own
 * key pair, that key sealed to each confidant, messages, and the audit log of every opening.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meldpunt_settings')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('ack_days', 'integer', (c) => c.notNull())
    .addColumn('feedback_months', 'integer', (c) => c.notNull())
    .addColumn('retention_days', 'integer', (c) => c.notNull())
    .addColumn('recovery_public_key', 'text')
    .addColumn('recovery_created_at', 'text')
    .addColumn('recovery_created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  // What a confidant tells students about themselves on the reporting page, per school.
  await db.schema
    .createTable('confidant_intros')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('intro', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('confidant_intros_pk', ['school_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('confidant_keys')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('locked_private_key', 'text', (c) => c.notNull())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The confidant's private key for one signed-in session, locked under a key derived from the session token
  // (which only the browser holds): neither the database nor the server's key opens it.
  await db.schema.alterTable('sessions').addColumn('confidant_key', 'text').execute();

  await db.schema
    .createTable('meldpunt_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    // The receipt code's first four digits, to find the few reports to try the code on. The other twelve exist
    // only in the student's hands: each guess at them costs an Argon2id, even with a copy of everything.
    .addColumn('code_locator', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('key_by_code', 'text', (c) => c.notNull())
    .addColumn('code_salt', 'text', (c) => c.notNull())
    .addColumn('key_for_recovery', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('involved', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull())
    .addColumn('minor', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('legal_duty', 'integer', (c) => c.notNull())
    .addColumn('confidant_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('assigned_to', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A "niet-pluis" signal from staff is kept as a case of its own kind until a confidant converts it.
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('report'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reminded_ack_at', 'text')
    .addColumn('reminded_feedback_at', 'text')
    /** How a closed case ended: kept in the anonymous registration after the purge. */
    .addColumn('outcome', 'text')
    .execute();
  await db.schema.createIndex('meldpunt_reports_school').on('meldpunt_reports').column('school_id').execute();
  await db.schema
    .createIndex('meldpunt_reports_locator')
    .on('meldpunt_reports')
    .columns(['school_id', 'code_locator'])
    .execute();

  await db.schema
    .createTable('meldpunt_report_keys')
    .addColumn('report_id', 'text', (c) => c.notNull().references('meldpunt_reports.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meldpunt_report_keys_pk', ['report_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('meldpunt_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('meldpunt_reports.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meldpunt_messages_report')
    .on('meldpunt_messages')
    .column('report_id')
    .execute();

  // Checklists of a case (internship, legal duty, crisis): which step was done when by whom; the note is sealed.
  await db.schema
    .createTable('meldpunt_steps')
    .addColumn('report_id', 'text', (c) => c.notNull().references('meldpunt_reports.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meldpunt_steps_pk', ['report_id', 'checklist', 'step'])
    .execute();
  await db.schema
    .createTable('meldpunt_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('meldpunt_reports.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meldpunt_restorative')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('meldpunt_reports.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('agreements', 'text', (c) => c.notNull())
    .addColumn('held_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // What stays of a case after its retention period: an anonymous registration for the monitor (M6).
  await db.schema
    .createTable('meldpunt_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('legal_duty', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meldpunt_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('report_id', 'text', (c) => c.references('meldpunt_reports.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    /** Whom an action concerned, e.g. "Name <email>" of a confidant given access. */
    .addColumn('detail', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meldpunt_audit_school').on('meldpunt_audit').column('school_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'meldpunt_audit',
    'meldpunt_registrations',
    'meldpunt_restorative',
    'meldpunt_notes',
    'meldpunt_steps',
    'meldpunt_messages',
    'meldpunt_report_keys',
    'meldpunt_reports',
    'confidant_keys',
    'confidant_intros',
    'meldpunt_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('sessions').dropColumn('confidant_key').execute();
}
