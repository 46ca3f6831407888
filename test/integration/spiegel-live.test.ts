/**
 * A live session over HTTP and WebSocket, on every database: staff, projector and phones see the same phase,
 * question and deadline; groups are mixed; retried writes count once; closing stops the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/modules/spiegel/domain/protocol.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  buildOrganisation,
  buildSchool,
  buildUser,
  organisationOf,
  sessionFor,
} from '../helpers/factories.ts';
import { LiveDevice } from '../helpers/live.ts';
import { buildMirrorSession, command, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;

for (const dialect of DIALECTS) {
  describe(`a live mirror conversation (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let facilitator: ApiClient;
    let sessionId: string;
    let code: string;
    let schoolOrg: string;
    const devices: LiveDevice[] = [];

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id)).id;
      schoolOrg = org.id;
      const coordinator = await buildUser(t.services, {
        organisationId: org.id,
        memberships: [{ schoolId, role: 'coordinator' }],
      });
      const leader = await buildUser(t.services, {
        organisationId: org.id,
        memberships: [{ schoolId, role: 'facilitator' }],
      });
      facilitator = await sessionFor(t, leader);
      const session = await buildMirrorSession(t.services, schoolId, coordinator, {
        facilitatorIds: [leader.user.id],
        open: true,
      });
      sessionId = session.id;
      code = session.join_code!;
    });
    afterAll(async () => {
      for (const d of devices) d.close();
      await t?.close();
    });

    const device = (hello: ConstructorParameters<typeof LiveDevice>[1], cookie?: string) => {
      const d = new LiveDevice(t.url, hello, cookie);
      devices.push(d);
      return d;
    };

    it('lets phones join by code, counts a retried join once, and refuses an unknown code', async () => {
      const key = 'join-retry-key-0001';
      const first = await join(t.client(), code.toLowerCase(), 'voices', 'Sam', key);
      const retry = await join(t.client(), code, 'voices', 'Sam', key);
      expect(first.status).toBe(200);
      expect(retry.body.participantId).toBe(first.body.participantId);
      expect(retry.body.token).not.toBe(first.body.token);
      const anonymous = await join(t.client(), code, 'listeners');
      expect(anonymous.body.displayName).toMatch(/\S+/);
      const wrong = await join(t.client(), 'ZZZZZZ', 'voices');
      expect(wrong.status).toBe(404);
      expect(wrong.body.error.fields.code).toBeDefined();
    });

    it('shows every device the same phase, question and deadline within a moment', async () => {
      const phones = [];
      for (let i = 0; i < 6; i++) {
        const joined = await join(t.client(), code, i < 4 ? 'voices' : 'listeners', `Telefoon ${i}`);
        phones.push(device({ type: 'hello', as: 'participant', token: joined.body.token }));
      }
      const staff = device(
        { type: 'hello', as: 'staff', sessionId },
        `kring_session=${facilitator.cookie('kring_session')}`,
      );
      const detail = await facilitator.get(`/api/schools/${schoolId}/mirror-sessions/${sessionId}`);
      const projector = device({
        type: 'hello',
        as: 'projector',
        sessionId,
        token: detail.body.projectorToken,
      });
      const all = [...phones, staff, projector];
      const snapshots = (await Promise.all(all.map((d) => d.snapshot()))) as Snapshot[];
      expect(new Set(snapshots.map((s) => s.live.phaseIndex))).toEqual(new Set([0]));
      expect(snapshots.at(-1)!.session.joinQrSvg).toContain('<svg');
      expect(snapshots[0]!.session.joinQrSvg).toBeNull();
      expect(snapshots[0]!.you?.participantId).toBeDefined();
      expect(JSON.stringify(snapshots[0]!.session.template)).not.toContain('facilitatorNotes');

      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 2 });
      await command(facilitator, schoolId, sessionId, { type: 'showQuestion', index: 0 });
      const started = await command(facilitator, schoolId, sessionId, { type: 'startTimer' });
      const states = await Promise.all(all.map((d) => d.reach(started.body.seq)));
      for (const s of states) {
        expect(s.live).toMatchObject({ phaseIndex: 2, questionIndex: 0, timer: { status: 'running' } });
        expect(s.live.timer).toEqual(states[0]!.live.timer);
      }
      const timer = states[0]!.live.timer as { deadline: number };
      expect(timer.deadline - Date.now()).toBeGreaterThan(29 * 60_000);
    });

    it('applies a retried command once', async () => {
      const key = 'command-retry-key-01';
      const first = await command(facilitator, schoolId, sessionId, { type: 'extendTimer', minutes: 5 }, key);
      const retry = await command(facilitator, schoolId, sessionId, { type: 'extendTimer', minutes: 5 }, key);
      expect(retry.body.seq).toBe(first.body.seq);
      const detail = await t.services.db
        .selectFrom('mirror_sessions')
        .select('live_seq')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      expect(detail.live_seq).toBe(first.body.seq);
    });

    it('applies a command once even when its retry arrives while the first is still running', async () => {
      const seqNow = async () =>
        (
          await t.services.db
            .selectFrom('mirror_sessions')
            .select('live_seq')
            .where('id', '=', sessionId)
            .executeTakeFirstOrThrow()
        ).live_seq;
      const before = await seqNow();
      const key = 'parallel-retry-key-01';
      const [a, b] = await Promise.all([
        command(facilitator, schoolId, sessionId, { type: 'extendTimer', minutes: 1 }, key),
        command(facilitator, schoolId, sessionId, { type: 'extendTimer', minutes: 1 }, key),
      ]);
      expect(a.body.seq).toBe(b.body.seq);
      expect(await seqNow()).toBe(before + 1);
    });

    it('draws mixed groups of 3–4 that every phone can find itself in', async () => {
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 4 });
      const drawn = await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      const phone = devices[0]!;
      const state = await phone.reach(drawn.body.seq);
      const groups = state.live.groups!;
      const sides = new Map(state.live.participants.map((p) => [p.id, p.side]));
      expect(groups.flat().sort()).toEqual([...sides.keys()].sort());
      for (const group of groups) {
        expect(group.length).toBeGreaterThanOrEqual(3);
        expect(group.length).toBeLessThanOrEqual(4);
        expect(group.some((id) => sides.get(id) === 'listeners')).toBe(true);
      }
      const me = ((await phone.snapshot()) as Snapshot).you!.participantId;
      expect(groups.some((g) => g.includes(me))).toBe(true);
    });

    it('draws the groups again when asked, still complete and mixed', async () => {
      const first = (await devices[0]!.reach(0)).live.groups;
      const again = await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      const state = await devices[0]!.reach(again.body.seq);
      expect(state.live.groups!.flat().sort()).toEqual(first!.flat().sort());
    });

    it('shows the rules as the group agrees them, on every device', async () => {
      const rules = ['We laten elkaar uitpraten.', 'Telefoons gaan weg, behalve voor Kring.'];
      const set = await command(facilitator, schoolId, sessionId, { type: 'setRules', rules });
      for (const d of devices.slice(0, 3)) expect((await d.reach(set.body.seq)).live.rules).toEqual(rules);
    });

    it('keeps what was entered when the facilitator goes back a phase', async () => {
      const back = await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 2 });
      const state = await devices[0]!.reach(back.body.seq);
      expect(state.live.timer).toMatchObject({ status: 'paused' });
      expect(state.live.groups).not.toBeNull();
    });

    it('refuses the live view to an administrator of another organisation and to a facilitator who left', async () => {
      const otherOrg = await buildOrganisation(t.services, 'Andere stichting');
      const stranger = await buildUser(t.services, { organisationId: otherOrg.id, isOrgAdmin: true });
      const strangerClient = await sessionFor(t, stranger);
      const viaStranger = device(
        { type: 'hello', as: 'staff', sessionId },
        `kring_session=${strangerClient.cookie('kring_session')}`,
      );
      expect(await viaStranger.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });

      const leaver = await buildUser(t.services, {
        organisationId: schoolOrg,
        memberships: [{ schoolId, role: 'facilitator' }],
      });
      await t.services.db
        .insertInto('mirror_facilitators')
        .values({ session_id: sessionId, school_id: schoolId, user_id: leaver.user.id })
        .execute();
      await t.services.db.deleteFrom('memberships').where('user_id', '=', leaver.user.id).execute();
      const leaverClient = await sessionFor(t, leaver);
      const viaLeaver = device(
        { type: 'hello', as: 'staff', sessionId },
        `kring_session=${leaverClient.cookie('kring_session')}`,
      );
      expect(await viaLeaver.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });
    });

    it('refuses a staff hello from someone who does not run the session, and a wrong projector token', async () => {
      const outsider = device({ type: 'hello', as: 'staff', sessionId });
      expect(await outsider.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });
      const fake = device({ type: 'hello', as: 'projector', sessionId, token: 'not-the-token' });
      expect(await fake.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });
    });

    it('stops the code and the phones when the session closes', async () => {
      const coordinator = await sessionFor(
        t,
        await buildUser(t.services, {
          organisationId: await organisationOf(t.services, schoolId),
          memberships: [{ schoolId, role: 'coordinator' }],
        }),
      );
      const token = (await join(t.client(), code, 'voices')).body.token;
      await coordinator.post(`/api/schools/${schoolId}/mirror-sessions/${sessionId}/close`);
      await devices[0]!.waitFor((m) => m.type === 'state' && m.live.status === 'closed');
      expect((await join(t.client(), code, 'voices')).status).toBe(404);
      const late = device({ type: 'hello', as: 'participant', token });
      // Closing deleted the participants with their tokens: the phone is not known any more.
      expect(await late.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'participantUnknown' });
      expect((await command(facilitator, schoolId, sessionId, { type: 'startTimer' })).status).toBe(409);
    });

    it('limits joining from one address, well above a class', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 125 && !statuses.includes(429); i++)
        statuses.push((await join(t.client(), 'QQQQQQ', 'voices')).status);
      expect(statuses.filter((s) => s === 404).length).toBeGreaterThanOrEqual(100);
      expect(statuses.at(-1)).toBe(429);
    });
  });
}

describe('a session everyone wants to join', () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('takes at most 60 people, so a leaked code cannot flood it', async () => {
    t = await startTestApp('sqlite');
    const org = await buildOrganisation(t.services);
    const schoolId = (await buildSchool(t.services, org.id)).id;
    const coordinator = await buildUser(t.services, {
      organisationId: org.id,
      memberships: [{ schoolId, role: 'coordinator' }],
    });
    const session = await buildMirrorSession(t.services, schoolId, coordinator, { open: true });
    for (let i = 0; i < 60; i++)
      expect((await join(t.client(), session.join_code!, 'voices')).status).toBe(200);
    const full = await join(t.client(), session.join_code!, 'voices');
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('errors.sessionFull');
  });
});
