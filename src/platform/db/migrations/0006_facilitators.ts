import type { Kysely } from 'kysely';

/**
 * Facilitators (PRODUCT F1–F3): the speaking-time log of a live session (deleted at close, when each round's
 * distribution is kept), observers in a session, the reason an administrator gave for assigning a facilitator
 * to their own team, peer observations and who they are shared with, each facilitator's reflection log, and
 * intervision meetings with the cases brought in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mirror_sessions').addColumn('speaking_distribution', 'text').execute();
  await db.schema.alterTable('mirror_facilitators').addColumn('override_reason', 'text').execute();
  await db.schema
    .alterTable('mirror_facilitators')
    .addColumn('override_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('mirror_facilitators').addColumn('override_at', 'text').execute();

  await db.schema
    .createTable('mirror_observers')
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('mirror_observers_pk', ['session_id', 'user_id'])
    .execute();

  // Who tapped is not kept: the log says who spoke when, and only until the session closes.
  await db.schema
    .createTable('mirror_speaking_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('phase_index', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('seat', 'text')
    .addColumn('deviation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_speaking_events_session')
    .on('mirror_speaking_events')
    .columns(['session_id', 'position'])
    .unique()
    .execute();

  await db.schema
    .createTable('facilitator_observations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('observer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('facilitator_observations_unique')
    .on('facilitator_observations')
    .columns(['session_id', 'observer_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('facilitator_observation_shares')
    .addColumn('observation_id', 'text', (c) =>
      c.notNull().references('facilitator_observations.id').onDelete('cascade'),
    )
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('shared_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('facilitator_observation_shares_pk', ['observation_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('facilitator_reflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('facilitator_reflections_unique')
    .on('facilitator_reflections')
    .columns(['session_id', 'user_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('intervision_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('learned', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('intervision_members')
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('intervision_meetings.id').onDelete('cascade'),
    )
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('intervision_members_pk', ['meeting_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('intervision_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('intervision_meetings.id').onDelete('cascade'),
    )
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('reflection_id', 'text', (c) =>
      c.notNull().references('facilitator_reflections.id').onDelete('cascade'),
    )
    .addColumn('brought_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'intervision_cases',
    'intervision_members',
    'intervision_meetings',
    'facilitator_reflections',
    'facilitator_observation_shares',
    'facilitator_observations',
    'mirror_speaking_events',
    'mirror_observers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ['override_at', 'override_by', 'override_reason']) {
    await db.schema.alterTable('mirror_facilitators').dropColumn(column).execute();
  }
  await db.schema.alterTable('mirror_sessions').dropColumn('speaking_distribution').execute();
}
