/**
 * The messages of the live WebSocket (`GET /api/live/ws`). A device says hello as staff (with its session
 * cookie), as the projector (with the projector token) or as a participant (with the token from joining),
 * receives one snapshot, then a `state` message at every change. Every message carries `seq`, which only
 * grows, and `serverNow`, so each screen corrects its clock and shows the same remaining time.
 */
import type { MapSeat, UnnamedSeats } from '../../facilitators/domain/seats.ts';
import type { SpeakingEvent } from '../../facilitators/domain/speakingTime.ts';
import type { Recommendation, RecommendationCount } from './recommendations.ts';
import type { MirrorTemplate, Side } from './template.ts';
import type { Timer } from './timer.ts';

export type Hello =
  /** `screen: 'projector'`: a signed-in facilitator's projector tab, which gets only what the room may see. */
  | { type: 'hello'; as: 'staff'; sessionId: string; screen?: 'projector' }
  | { type: 'hello'; as: 'projector'; sessionId: string; token: string }
  | { type: 'hello'; as: 'participant'; token: string };

export interface ParticipantView {
  id: string;
  name: string;
  side: Side;
}

/** What changes during a session; sent in full at every change (it is small). */
export interface LiveView {
  status: 'planned' | 'live' | 'closed';
  phaseIndex: number;
  questionIndex: number;
  /** The current phase's timer: a deadline in server time (ms since 1970) or the remaining milliseconds. */
  timer: Timer;
  rules: string[];
  groups: string[][] | null;
  participants: ParticipantView[];
  /**
   * Post-its of round 4. Staff see all; a phone sees its own group's; the projector sees none until the groups
   * phase is over, then all.
   */
  recommendations: Recommendation[];
  /** How many post-its per group and target: for everyone, so the projector can show progress. */
  recommendationCounts: RecommendationCount[];
  /** Round 5's clusters with their post-its and votes, ranked: the live result of the dot voting. */
  clusters: ClusterView[];
  voting: { open: boolean; perPerson: number };
  /** The clusters this phone voted for (one entry per vote); empty for other screens. Votes are anonymous. */
  myVotes: string[];
  /** Speaking time of the current round (F1): for the facilitators and observers only, null for other screens. */
  speaking: SpeakingView | null;
}

/**
 * The current round's speaking log and seat map. Devices compute the balance themselves with the pure
 * `tally` of `facilitators/domain/speakingTime.ts`, in server time (`serverNow` corrects their clocks).
 */
export interface SpeakingView {
  /** The round this log belongs to: the current phase. */
  phaseIndex: number;
  /** In the order of the room: the side in the inner circle (or answering) first. */
  seats: MapSeat[];
  /** This round's taps in the order the server received them; `at` in server ms. */
  log: SpeakingEvent[];
  /** Confirmed taps on a listener's seat in this round. */
  deviations: number;
  unnamedSeats: UnnamedSeats;
}

/** What the server publishes on the bus: the live view plus every phone's votes, which the hub cuts out. */
export type LiveMessage = LiveView & { ballots: Record<string, string[]> };

export interface ClusterView {
  id: string;
  title: string;
  recommendationIds: string[];
  votes: number;
  rank: number;
}

/** What does not change during a session: sent once, in the snapshot. Facilitator notes are left out. */
export interface SessionView {
  sessionId: string;
  title: string;
  joinCode: string | null;
  /** For staff and the projector only: the join page's address and a QR code (SVG) of it. */
  joinUrl: string | null;
  joinQrSvg: string | null;
  template: MirrorTemplate;
}

export type ServerMessage =
  | {
      type: 'snapshot';
      seq: number;
      serverNow: number;
      session: SessionView;
      live: LiveView;
      you: { participantId: string } | null;
    }
  | { type: 'state'; seq: number; serverNow: number; live: LiveView }
  | { type: 'error'; code: string; message: string };
