/** What devices see of a session, and publishing it on the bus after every committed change. */
import QRCode from 'qrcode';
import type { MirrorParticipant, MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { currentRoundLog, speakingView } from '../../facilitators/commands/speakingView.ts';
import type { LoggedEvent } from '../../facilitators/repositories/speaking.ts';
import { defaultVoting, type LiveState, phaseTimer } from '../domain/live.ts';
import type { LiveMessage, SessionView } from '../domain/protocol.ts';
import { countRecommendations, type Recommendation } from '../domain/recommendations.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { rankTotals, tallyVotes, type Vote } from '../domain/votes.ts';
import { type ClusterRow, mirrorClustersRepository } from '../repositories/clusters.ts';
import { mirrorParticipantsRepository } from '../repositories/participants.ts';
import { mirrorRecommendationsRepository } from '../repositories/recommendations.ts';
import { mirrorSessionById } from '../repositories/sessions.ts';
import { sessionTemplate } from './plan.ts';

export const liveChannel = (sessionId: string) => `mirror:${sessionId}`;

/** Everything about a live session as committed, including every phone's votes (the hub cuts those out). */
export function buildLiveView(
  session: MirrorSession,
  template: MirrorTemplate,
  participants: MirrorParticipant[],
  recommendations: Recommendation[],
  clusters: ClusterRow[] = [],
  votes: Vote[] = [],
  finalVotes: ReadonlyMap<string, number> | null = null,
  roundLog: readonly LoggedEvent[] = [],
): LiveMessage {
  const state = JSON.parse(session.live_state) as LiveState;
  const voting = state.voting ?? defaultVoting;
  // A closed session has no ballots any more, only each cluster's total.
  const ranked = finalVotes
    ? rankTotals(finalVotes)
    : tallyVotes(
        votes,
        clusters.map((c) => c.id),
        voting.perPerson,
      );
  const ranking = new Map(ranked.map((r) => [r.clusterId, r]));
  const ballots: Record<string, string[]> = {};
  for (const vote of votes) {
    const mine = ballots[vote.voterId] ?? [];
    mine.push(vote.clusterId);
    ballots[vote.voterId] = mine;
  }
  return {
    status: session.status,
    phaseIndex: state.phaseIndex,
    questionIndex: state.questionIndex,
    timer: phaseTimer(state, template),
    rules: state.rules,
    groups: state.groups,
    participants: participants.map((p) => ({ id: p.id, name: p.display_name, side: p.side })),
    recommendations,
    recommendationCounts: countRecommendations(recommendations),
    clusters: clusters.map((c) => ({
      ...c,
      votes: ranking.get(c.id)?.votes ?? 0,
      rank: ranking.get(c.id)?.rank ?? 0,
    })),
    voting,
    myVotes: [],
    speaking: speakingView(session, state, template, participants, roundLog),
    ballots,
  };
}

/** The live view of a session as committed now (everything: cut it per audience before sending). */
export async function readLiveView(services: Services, session: MirrorSession): Promise<LiveMessage> {
  const participants = await mirrorParticipantsRepository(services.db, session.school_id).list(session.id);
  const recommendations = await mirrorRecommendationsRepository(services.db, session.school_id).list(
    session.id,
  );
  const clusters = mirrorClustersRepository(services.db, session.school_id);
  return buildLiveView(
    session,
    sessionTemplate(session),
    participants,
    recommendations,
    await clusters.list(session.id),
    await clusters.votes(session.id),
    session.status === 'closed' ? await clusters.finalVotes(session.id) : null,
    await currentRoundLog(services.db, session, JSON.parse(session.live_state) as LiveState),
  );
}

/** The template without what only the facilitator reads. */
function publicTemplate(template: MirrorTemplate): MirrorTemplate {
  return { ...template, phases: template.phases.map(({ facilitatorNotes: _notes, ...phase }) => phase) };
}

export async function buildSessionView(
  services: Services,
  session: MirrorSession,
  audience: 'staff' | 'projector' | 'participant',
): Promise<SessionView> {
  const joinUrl = session.join_code ? `${services.publicUrl}/doe-mee#code=${session.join_code}` : null;
  const forScreen = audience !== 'participant' && joinUrl !== null;
  return {
    sessionId: session.id,
    title: session.title,
    joinCode: session.join_code,
    joinUrl: forScreen ? joinUrl : null,
    joinQrSvg: forScreen
      ? await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      : null,
    template: publicTemplate(sessionTemplate(session)),
  };
}

/**
 * Tells every instance that a session changed (after the change is committed). Only the sequence number
 * crosses the bus, never what was written or who voted: each instance reads the committed view itself and
 * gives each audience its part.
 */
export async function publishLive(services: Services, schoolId: string, sessionId: string): Promise<void> {
  const session = await mirrorSessionById(services.db, sessionId);
  if (!session || session.school_id !== schoolId) return;
  await services.bus.publish(liveChannel(sessionId), JSON.stringify({ seq: session.live_seq }));
}
