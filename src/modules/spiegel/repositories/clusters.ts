/** Round 5's clusters of recommendations, and the dot votes on them. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { Vote } from '../domain/votes.ts';

export interface ClusterRow {
  id: string;
  title: string;
  recommendationIds: string[];
}

export function mirrorClustersRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(sessionId: string): Promise<ClusterRow[]> {
      const clusters = await school
        .selectFrom('mirror_clusters')
        .select(['id', 'title'])
        .where('session_id', '=', sessionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const members = await school
        .selectFrom('mirror_recommendations')
        .select(['id', 'cluster_id'])
        .where('session_id', '=', sessionId)
        .where('cluster_id', 'is not', null)
        .orderBy('created_at')
        .execute();
      return clusters.map((c) => ({
        id: c.id,
        title: c.title,
        recommendationIds: members.filter((m) => m.cluster_id === c.id).map((m) => m.id),
      }));
    },
    async exists(sessionId: string, id: string): Promise<boolean> {
      const row = await school
        .selectFrom('mirror_clusters')
        .select('id')
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },
    async create(sessionId: string, title: string, now: Date, id: string = randomUUID()): Promise<string> {
      await school
        .insertInto('mirror_clusters', { id, session_id: sessionId, title, created_at: now.toISOString() })
        .execute();
      return id;
    },
    async rename(sessionId: string, id: string, title: string): Promise<boolean> {
      const r = await school
        .updateTable('mirror_clusters')
        .set({ title })
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async remove(sessionId: string, id: string): Promise<boolean> {
      await school
        .updateTable('mirror_recommendations')
        .set({ cluster_id: null })
        .where('session_id', '=', sessionId)
        .where('cluster_id', '=', id)
        .execute();
      const r = await school
        .deleteFrom('mirror_clusters')
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    /** Puts recommendations in a cluster (or back among the unsorted with null); returns how many moved. */
    async assign(sessionId: string, recommendationIds: string[], clusterId: string | null): Promise<number> {
      if (recommendationIds.length === 0) return 0;
      const r = await school
        .updateTable('mirror_recommendations')
        .set({ cluster_id: clusterId })
        .where('session_id', '=', sessionId)
        .where('id', 'in', recommendationIds)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    /** Keeps each cluster's votes when the ballots are deleted at close. */
    async setFinalVotes(sessionId: string, totals: ReadonlyMap<string, number>): Promise<void> {
      for (const [id, votes] of totals) {
        await school
          .updateTable('mirror_clusters')
          .set({ final_votes: votes })
          .where('session_id', '=', sessionId)
          .where('id', '=', id)
          .execute();
      }
    },
    async finalVotes(sessionId: string): Promise<Map<string, number>> {
      const rows = await school
        .selectFrom('mirror_clusters')
        .select(['id', 'final_votes'])
        .where('session_id', '=', sessionId)
        .execute();
      return new Map(rows.map((r) => [r.id, r.final_votes ?? 0]));
    },
    async removeVotes(sessionId: string): Promise<void> {
      await school.deleteFrom('mirror_votes').where('session_id', '=', sessionId).execute();
    },
    async votes(sessionId: string): Promise<Vote[]> {
      const rows = await school
        .selectFrom('mirror_votes')
        .select(['participant_id', 'cluster_id'])
        .where('session_id', '=', sessionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ voterId: r.participant_id, clusterId: r.cluster_id }));
    },
    async addVote(sessionId: string, participantId: string, clusterId: string, now: Date): Promise<void> {
      await school
        .insertInto('mirror_votes', {
          id: randomUUID(),
          session_id: sessionId,
          participant_id: participantId,
          cluster_id: clusterId,
          created_at: now.toISOString(),
        })
        .execute();
    },
    /** Takes back one of a person's votes on a cluster; false when there was none. */
    async removeVote(sessionId: string, participantId: string, clusterId: string): Promise<boolean> {
      const one = await school
        .selectFrom('mirror_votes')
        .select('id')
        .where('session_id', '=', sessionId)
        .where('participant_id', '=', participantId)
        .where('cluster_id', '=', clusterId)
        .executeTakeFirst();
      if (!one) return false;
      await school.deleteFrom('mirror_votes').where('id', '=', one.id).execute();
      return true;
    },
  };
}
