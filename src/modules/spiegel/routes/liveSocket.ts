/**
 * The live WebSocket: a device says hello (as staff, projector or participant), gets a snapshot, then every
 * change, each with this server's clock so each screen can correct its own. One bus subscription per session
 * per instance; the bus carries only the news that something changed, never its content.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { hashToken, safeEqual } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import { translate } from '../../../platform/i18n/index.ts';
import type { Subscription } from '../../../platform/realtime/bus.ts';
import type { Services } from '../../../server/context.ts';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { buildSessionView, liveChannel, readLiveView } from '../commands/liveView.ts';
import { sessionAccess, sessionTemplate } from '../commands/plan.ts';
import type { Hello, LiveMessage } from '../domain/protocol.ts';
import { type Audience, groupOf, groupsPhaseIndex, liveViewFor } from '../domain/recommendations.ts';
import { participantByTokenHash } from '../repositories/participants.ts';
import { mirrorSessionById, mirrorSessionsRepository } from '../repositories/sessions.ts';

interface Member {
  socket: WebSocket;
  audience: Audience;
  /** Waiting for its snapshot: it gets one in the room's next refresh, so no change can overtake it. */
  needsSnapshot: boolean;
  /** The newest sequence number this socket has been sent. */
  lastSeq: number;
}

interface Room {
  sessionId: string;
  members: Set<Member>;
  subscription: Subscription;
  groupsPhase: number;
  refreshing: boolean;
  again: boolean;
}

/** The variant of a change an audience gets: everyone in one group sees the same, so it is built once. */
function variantKey(audience: Audience, live: LiveMessage): string {
  if (audience.as !== 'participant') return audience.as;
  const votes = live.ballots[audience.participantId]?.join(',') ?? '';
  return `group:${groupOf(live.groups, audience.participantId)}|votes:${votes}`;
}

/**
 * The sockets of each session on this instance. The bus only says that a session changed; the hub then reads
 * the committed view once and sends each socket its audience's cut. All sending for a room goes through one
 * refresh at a time, so a snapshot and later changes always arrive in order.
 */
class Hub {
  private rooms = new Map<string, Room>();

  constructor(private services: Services) {}

  /** Adds the socket to its session's room; it receives its snapshot in the next refresh. */
  async join(session: MirrorSession, socket: WebSocket, audience: Audience): Promise<void> {
    let room = this.rooms.get(session.id);
    if (!room) {
      const created: Room = {
        sessionId: session.id,
        members: new Set(),
        groupsPhase: groupsPhaseIndex(sessionTemplate(session).phases),
        refreshing: false,
        again: false,
        subscription: this.services.bus.subscribe(liveChannel(session.id), () => void this.refresh(created)),
      };
      room = created;
      this.rooms.set(session.id, room);
    }
    room.members.add({ socket, audience, needsSnapshot: true, lastSeq: -1 });
    await room.subscription.ready;
    await this.refresh(room);
  }

  leave(sessionId: string, socket: WebSocket): void {
    const room = this.rooms.get(sessionId);
    if (!room) return;
    for (const m of room.members) if (m.socket === socket) room.members.delete(m);
    if (room.members.size === 0) {
      room.subscription.unsubscribe();
      this.rooms.delete(sessionId);
    }
  }

  /** Reads the session as committed and brings every socket of the room up to date; changes during it queue up. */
  private async refresh(room: Room): Promise<void> {
    if (room.refreshing) {
      room.again = true;
      return;
    }
    room.refreshing = true;
    try {
      do {
        room.again = false;
        await this.send(room);
      } while (room.again);
    } catch (error) {
      console.error(`live refresh failed: ${(error as Error).message}`);
    } finally {
      room.refreshing = false;
    }
  }

  private async send(room: Room): Promise<void> {
    const session = await mirrorSessionById(this.services.db, room.sessionId);
    if (!session) return;
    const live = await readLiveView(this.services, session);
    const serverNow = Date.now();
    const variants = new Map<string, string>();
    for (const m of room.members) {
      if (m.socket.readyState !== m.socket.OPEN) {
        if (m.socket.readyState === m.socket.CLOSED) room.members.delete(m);
        continue;
      }
      if (m.needsSnapshot) {
        m.needsSnapshot = false;
        m.lastSeq = session.live_seq;
        m.socket.send(
          JSON.stringify({
            type: 'snapshot',
            seq: session.live_seq,
            serverNow,
            session: await buildSessionView(this.services, session, m.audience.as),
            live: liveViewFor(live, m.audience, room.groupsPhase),
            you: m.audience.as === 'participant' ? { participantId: m.audience.participantId } : null,
          }),
        );
        continue;
      }
      if (session.live_seq <= m.lastSeq) continue;
      m.lastSeq = session.live_seq;
      const key = variantKey(m.audience, live);
      let framed = variants.get(key);
      if (!framed) {
        framed = JSON.stringify({
          type: 'state',
          seq: session.live_seq,
          serverNow,
          live: liveViewFor(live, m.audience, room.groupsPhase),
        });
        variants.set(key, framed);
      }
      m.socket.send(framed);
    }
  }
}

class HelloError extends Error {
  constructor(
    readonly code: 'forbidden' | 'notFound' | 'participantUnknown' | 'sessionClosed' | 'badRequest',
  ) {
    super(code);
  }
}

async function authenticate(
  services: Services,
  hello: Hello,
  auth: Parameters<typeof sessionAccess>[0],
): Promise<{ session: MirrorSession; audience: Audience }> {
  if (hello.as === 'participant') {
    const participant = await participantByTokenHash(services.db, hashToken(hello.token));
    if (!participant) throw new HelloError('participantUnknown');
    const session = await mirrorSessionById(services.db, participant.session_id);
    if (session?.status !== 'live') throw new HelloError('sessionClosed');
    return { session, audience: { as: 'participant', participantId: participant.id } };
  }
  const session = await mirrorSessionById(services.db, hello.sessionId);
  if (!session) throw new HelloError('notFound');
  if (hello.as === 'projector') {
    const sealed = session.projector_token;
    if (!(sealed && safeEqual(services.box.open(sealed), hello.token))) throw new HelloError('forbidden');
    return { session, audience: { as: 'projector' } };
  }
  if (auth.state !== 'active') throw new HelloError('forbidden');
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  const facilitators = await sessions.facilitatorIds(session.id);
  const observers = await sessions.observerIds(session.id);
  const school = await schoolsRepository(services.db).find(session.school_id);
  // Observers get the staff's view too: they follow the session and tap speaking time from a second device.
  if (!school || !sessionAccess(auth, session, facilitators, school.organisation_id, observers).canObserve) {
    throw new HelloError('forbidden');
  }
  // The projector tab of a signed-in facilitator shows the room: it gets the projector's cut, not the staff's.
  return { session, audience: hello.screen === 'projector' ? { as: 'projector' } : { as: 'staff' } };
}

function parseHello(raw: string): Hello | undefined {
  try {
    const m = JSON.parse(raw) as Partial<Hello> & Record<string, unknown>;
    if (m.type !== 'hello') return undefined;
    if (m.as === 'participant' && typeof m.token === 'string')
      return { type: 'hello', as: 'participant', token: m.token };
    if (typeof m.sessionId !== 'string' || !/^[0-9a-f-]{36}$/.test(m.sessionId)) return undefined;
    if (m.as === 'staff') {
      return m.screen === 'projector'
        ? { type: 'hello', as: 'staff', sessionId: m.sessionId, screen: 'projector' }
        : { type: 'hello', as: 'staff', sessionId: m.sessionId };
    }
    if (m.as === 'projector' && typeof m.token === 'string') {
      return { type: 'hello', as: 'projector', sessionId: m.sessionId, token: m.token };
    }
  } catch {
    // not JSON
  }
  return undefined;
}

const errorKeys = {
  forbidden: 'errors.forbidden',
  notFound: 'errors.notFound',
  participantUnknown: 'errors.participantUnknown',
  sessionClosed: 'errors.sessionNotLive',
  badRequest: 'errors.badRequest',
} as const;

export function liveSocket(app: FastifyInstance): void {
  const services = app.kring;
  const hub = new Hub(services);
  void app.register(websocket, { options: { maxPayload: 4096 } });
  void app.register(async (scoped) => {
    scoped.get(
      '/api/live/ws',
      {
        websocket: true,
        config: { auth: rules.public },
        schema: {
          tags: ['spiegel-live'],
          summary:
            'WebSocket of a live session. Send a hello (as staff, projector or participant); receive a snapshot, then every change (see src/modules/spiegel/domain/protocol.ts)',
        },
      },
      (socket, request) => {
        let joined: string | undefined;
        let greeted = false;
        let alive = true;
        const heartbeat = setInterval(() => {
          if (!alive) return socket.terminate();
          alive = false;
          socket.ping();
        }, 25_000);
        socket.on('pong', () => {
          alive = true;
        });
        socket.on('close', () => {
          clearInterval(heartbeat);
          if (joined) hub.leave(joined, socket);
        });
        socket.on('message', async (data) => {
          // One hello per socket, decided before anything is awaited; after it devices only listen (writes go
          // through the HTTP API).
          if (greeted) return;
          greeted = true;
          const hello = parseHello(String(data));
          try {
            if (!hello) throw new HelloError('badRequest');
            const { session, audience } = await authenticate(services, hello, request.auth);
            // The device may have gone while we checked: then there is nothing to join.
            if (socket.readyState !== socket.OPEN) return;
            joined = session.id;
            await hub.join(session, socket, audience);
          } catch (error) {
            const code = error instanceof HelloError ? error.code : 'badRequest';
            if (!(error instanceof HelloError)) request.log.error({ err: error }, 'live hello failed');
            socket.send(
              JSON.stringify({
                type: 'error',
                code,
                message: translate(requestLocale(request), errorKeys[code]),
              }),
            );
            socket.close(4000 + Object.keys(errorKeys).indexOf(code), code);
          }
        });
      },
    );
  });
}
