import type { Kysely } from 'kysely';

/**
 * What follows a mirror conversation: the action plan and its history, the anonymous evaluation (answers and,
 * apart from them, who already answered), aftercare requests, the read-only progress link, and what a
 * closed session keeps once its participants and ballots are deleted (counts per side, votes per cluster).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('mirror_sessions')
    .addColumn('lead_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('mirror_sessions').addColumn('progress_token', 'text').execute();
  await db.schema.alterTable('mirror_sessions').addColumn('progress_token_hash', 'text').execute();
  await db.schema.alterTable('mirror_sessions').addColumn('final_counts', 'text').execute();
  await db.schema
    .createIndex('mirror_sessions_progress')
    .on('mirror_sessions')
    .column('progress_token_hash')
    .unique()
    .execute();
  await db.schema.alterTable('mirror_clusters').addColumn('final_votes', 'integer').execute();

  await db.schema
    .createTable('mirror_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('cluster_id', 'text', (c) => c.references('mirror_clusters.id').onDelete('set null'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('owner_role', 'text')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mirror_actions_session').on('mirror_actions').column('session_id').execute();
  await db.schema.createIndex('mirror_actions_school').on('mirror_actions').column('school_id').execute();
  await db.schema.createIndex('mirror_actions_owner').on('mirror_actions').column('owner_user_id').execute();

  await db.schema
    .createTable('mirror_action_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('mirror_actions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_action_updates_action')
    .on('mirror_action_updates')
    .column('action_id')
    .execute();

  // No time and no participant: nothing links an answer to the person who gave it.
  await db.schema
    .createTable('mirror_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_evaluations_session')
    .on('mirror_evaluations')
    .column('session_id')
    .execute();
  await db.schema
    .createTable('mirror_evaluation_receipts')
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('mirror_participants.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('mirror_evaluation_receipts_pk', ['session_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('mirror_aftercare_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('message', 'text')
    .addColumn('reach', 'text')
    .addColumn('recipient_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('mirror_aftercare_session')
    .on('mirror_aftercare_requests')
    .column('session_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'mirror_aftercare_requests',
    'mirror_evaluation_receipts',
    'mirror_evaluations',
    'mirror_action_updates',
    'mirror_actions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('mirror_sessions_progress').execute();
  await db.schema.alterTable('mirror_clusters').dropColumn('final_votes').execute();
  for (const column of ['final_counts', 'progress_token_hash', 'progress_token', 'lead_user_id']) {
    await db.schema.alterTable('mirror_sessions').dropColumn(column).execute();
  }
}
