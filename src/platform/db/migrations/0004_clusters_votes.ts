import type { Kysely } from 'kysely';

/** Round 5: recommendations grouped into clusters, and dot votes on the clusters. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mirror_clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mirror_clusters_session').on('mirror_clusters').column('session_id').execute();
  await db.schema
    .alterTable('mirror_recommendations')
    .addColumn('cluster_id', 'text', (c) => c.references('mirror_clusters.id').onDelete('set null'))
    .execute();
  await db.schema
    .createTable('mirror_votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('mirror_sessions.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('mirror_participants.id').onDelete('cascade'),
    )
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('mirror_clusters.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mirror_votes_session').on('mirror_votes').column('session_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mirror_votes').execute();
  await db.schema.alterTable('mirror_recommendations').dropColumn('cluster_id').execute();
  await db.schema.dropTable('mirror_clusters').execute();
}
