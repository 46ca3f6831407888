import type { Kysely } from 'kysely';

/** Round 4's recommendations (post-its), per group and target. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mirror_recommendations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('group_index', 'integer')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mirror_recommendations_session')
    .on('mirror_recommendations')
    .column('session_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mirror_recommendations').execute();
}
