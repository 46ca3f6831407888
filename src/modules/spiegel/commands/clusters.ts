/**
 * Round 5: the facilitator groups the recommendations into clusters (helped by suggestions from their texts),
 * and everyone spreads their dot votes over the clusters from their phone. Every change reaches all screens.
 */
import { randomUUID } from 'node:crypto';
import { hashToken } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { conflict, HttpError, notFound } from '../../../server/errors.ts';
import { suggestClusters } from '../domain/clusters.ts';
import { defaultVoting, type LiveState } from '../domain/live.ts';
import { votesLeft } from '../domain/votes.ts';
import { mirrorClustersRepository } from '../repositories/clusters.ts';
import { idempotencyRepository, participantByTokenHash } from '../repositories/participants.ts';
import { mirrorRecommendationsRepository } from '../repositories/recommendations.ts';
import { mirrorSessionById, mirrorSessionsRepository } from '../repositories/sessions.ts';
import { publishLive } from './liveView.ts';

/** Runs a change of the session's round-5 record in one transaction, moves its sequence on, and tells everyone. */
async function change<T>(
  services: Services,
  session: MirrorSession,
  work: (db: Services['db']) => Promise<T>,
): Promise<T> {
  if (session.status !== 'live') throw conflict('errors.sessionNotLive');
  const result = await services.db.transaction().execute(async (trx) => {
    // Moving the sequence first locks the session's row: concurrent changes of one session (two votes of one
    // phone) run one after the other and each sees what the other committed.
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw conflict('errors.sessionNotLive');
    return work(trx);
  });
  await publishLive(services, session.school_id, session.id);
  return result;
}

/** Suggested clusters for the recommendations not yet in one. */
export async function clusterSuggestions(services: Services, session: MirrorSession) {
  const recommendations = await mirrorRecommendationsRepository(services.db, session.school_id).list(
    session.id,
  );
  const unsorted = new Set(
    (await mirrorClustersRepository(services.db, session.school_id).list(session.id)).flatMap(
      (c) => c.recommendationIds,
    ),
  );
  return suggestClusters(
    recommendations.filter((r) => !unsorted.has(r.id)).map((r) => ({ id: r.id, text: r.text })),
  ).map((c) => ({
    title: c.title,
    recommendationIds: c.noteIds,
  }));
}

export async function createCluster(
  services: Services,
  session: MirrorSession,
  input: { title: string; recommendationIds: string[]; idempotencyKey: string },
): Promise<{ id: string }> {
  const scope = `cluster:${session.id}`;
  const made = await change(services, session, async (trx) => {
    const id = randomUUID();
    // The key first: a retry that overlaps waits for this one and then finds its answer.
    if (
      !(await idempotencyRepository(trx, session.school_id).put(
        scope,
        input.idempotencyKey,
        { id },
        services.clock.now(),
      ))
    ) {
      return undefined;
    }
    const clusters = mirrorClustersRepository(trx, session.school_id);
    await clusters.create(session.id, input.title, services.clock.now(), id);
    await clusters.assign(session.id, input.recommendationIds, id);
    return { id };
  });
  return (
    made ??
    ((await idempotencyRepository(services.db, session.school_id).get(scope, input.idempotencyKey)) as {
      id: string;
    })
  );
}

export function renameCluster(services: Services, session: MirrorSession, clusterId: string, title: string) {
  return change(services, session, async (trx) => {
    if (!(await mirrorClustersRepository(trx, session.school_id).rename(session.id, clusterId, title)))
      throw notFound();
  });
}

export function removeCluster(services: Services, session: MirrorSession, clusterId: string) {
  return change(services, session, async (trx) => {
    if (!(await mirrorClustersRepository(trx, session.school_id).remove(session.id, clusterId)))
      throw notFound();
  });
}

/** Moves a recommendation into a cluster, or back among the unsorted (null). */
export function moveRecommendation(
  services: Services,
  session: MirrorSession,
  recommendationId: string,
  clusterId: string | null,
) {
  return change(services, session, async (trx) => {
    const clusters = mirrorClustersRepository(trx, session.school_id);
    if (clusterId !== null && !(await clusters.exists(session.id, clusterId))) throw notFound();
    if ((await clusters.assign(session.id, [recommendationId], clusterId)) !== 1) throw notFound();
  });
}

/** A phone gives (or takes back) one of its votes on a cluster, once per idempotency key. */
export async function castVote(
  services: Services,
  input: { token: string; clusterId: string; add: boolean; idempotencyKey: string },
): Promise<{ votesLeft: number }> {
  const participant = await participantByTokenHash(services.db, hashToken(input.token));
  if (!participant) throw new HttpError(403, 'errors.participantUnknown');
  const session = await mirrorSessionById(services.db, participant.session_id);
  if (session?.status !== 'live') throw conflict('errors.sessionNotLive');
  const voting = (JSON.parse(session.live_state) as LiveState).voting ?? defaultVoting;
  if (!voting.open) throw conflict('errors.votingClosed');
  const scope = `vote:${session.id}:${participant.id}`;
  const clusters = () => mirrorClustersRepository(services.db, session.school_id);
  const left = async () => votesLeft(await clusters().votes(session.id), participant.id, voting.perPerson);
  if (await idempotencyRepository(services.db, session.school_id).get(scope, input.idempotencyKey))
    return { votesLeft: await left() };
  await change(services, session, async (trx) => {
    const repo = mirrorClustersRepository(trx, session.school_id);
    if (!(await repo.exists(session.id, input.clusterId))) throw notFound();
    if (
      !(await idempotencyRepository(trx, session.school_id).put(
        scope,
        input.idempotencyKey,
        {},
        services.clock.now(),
      ))
    )
      return;
    if (input.add) {
      if (votesLeft(await repo.votes(session.id), participant.id, voting.perPerson) === 0)
        throw conflict('errors.noVotesLeft');
      await repo.addVote(session.id, participant.id, input.clusterId, services.clock.now());
    } else if (!(await repo.removeVote(session.id, participant.id, input.clusterId))) {
      throw notFound();
    }
  });
  return { votesLeft: await left() };
}
