import type { Kysely } from 'kysely';

/** Mirror conversations: school templates, planned and live sessions, participants, and idempotent writes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mirror_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('based_on', 'text')
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mirror_templates_school').on('mirror_templates').column('school_id').execute();

  await db.schema
    .createTable('mirror_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_key', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('contact_person_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expected_voices', 'integer', (c) => c.notNull())
    .addColumn('expected_listeners', 'integer', (c) => c.notNull())
    .addColumn('with_team_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.unique())
    .addColumn('projector_token', 'text')
    .addColumn('live_state', 'text', (c) => c.notNull())
    .addColumn('live_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('mirror_sessions_school').on('mirror_sessions').column('school_id').execute();

  await db.schema
    .createTable('mirror_facilitators')
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('mirror_facilitators_pk', ['session_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('mirror_diversity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('year', 'text')
    .addColumn('level', 'text')
    .addColumn('gender', 'text')
    .addColumn('involvement', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_diversity_session')
    .on('mirror_diversity')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('mirror_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_participants_session')
    .on('mirror_participants')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'mirror_participants',
    'mirror_diversity',
    'mirror_facilitators',
    'mirror_sessions',
    'mirror_templates',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
