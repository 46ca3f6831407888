/**
 * Speaking time during a live session (F1) on both databases: taps from the facilitator and an observer, the
 * staff-only part of the live view (never on the projector or a phone), the listener rule, the timer's pause,
 * and what closing keeps (per round, shares per side) and deletes (the log). Also who may tap and who may not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage, SpeakingView } from '../../src/modules/spiegel/domain/protocol.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor } from '../helpers/factories.ts';
import { LiveDevice } from '../helpers/live.ts';
import { buildMirrorSession, command, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const PHONES = ['Zazie Vlinder', 'Okke Prins', 'Maud Sterreveld'];

for (const dialect of DIALECTS) {
  describe(`speaking time (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let sessionId: string;
    let facilitator: ApiClient;
    let observer: ApiClient;
    let coordinator: ApiClient;
    let otherFacilitator: ApiClient;
    let teacher: ApiClient;
    let outsider: ApiClient;
    let staff: LiveDevice;
    let observerDevice: LiveDevice;
    let projector: LiveDevice;
    let phone: LiveDevice;
    let projectorTab: LiveDevice;
    const seats = new Map<string, string>();
    const devices: LiveDevice[] = [];
    const speaking = (path = '') => `/api/schools/${schoolId}/mirror-sessions/${sessionId}${path}`;
    const tap = (client: ApiClient, body: object) => client.post(speaking('/speaking'), body);
    /** The newest speaking view a device got, once it has seen the sequence a write returned. */
    const viewAt = async (device: LiveDevice, seq: number) => {
      const latest = (await device.reach(seq)) as Exclude<ServerMessage, { type: 'error' }>;
      return latest.live.speaking;
    };

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-12-03T12:30:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Het Baken')).id;
      const person = (role: 'coordinator' | 'facilitator' | 'teacher') =>
        buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role }] });
      const coordinatorUser = await person('coordinator');
      const runner = await person('facilitator');
      const watcher = await person('facilitator');
      coordinator = await sessionFor(t, coordinatorUser);
      facilitator = await sessionFor(t, runner);
      observer = await sessionFor(t, watcher);
      otherFacilitator = await sessionFor(t, await person('facilitator'));
      teacher = await sessionFor(t, await person('teacher'));
      const elsewhere = await buildSchool(t.services, org.id, 'Elders');
      outsider = await sessionFor(
        t,
        await buildUser(t.services, {
          organisationId: org.id,
          memberships: [{ schoolId: elsewhere.id, role: 'facilitator' }],
        }),
      );
      const session = await buildMirrorSession(t.services, schoolId, coordinatorUser, {
        facilitatorIds: [runner.user.id],
        open: true,
      });
      sessionId = session.id;
      const set = await facilitator.put(speaking('/observers'), { userIds: [watcher.user.id] });
      expect(set.status).toBe(200);
      const tokens: string[] = [];
      for (const [i, name] of PHONES.entries()) {
        const joined = await join(t.client(), session.join_code!, i < 2 ? 'voices' : 'listeners', name);
        seats.set(name, joined.body.participantId);
        t.clock.advance(1000);
        tokens.push(joined.body.token);
      }
      const cookie = (client: ApiClient) => `kring_session=${client.cookie('kring_session')}`;
      staff = new LiveDevice(t.url, { type: 'hello', as: 'staff', sessionId }, cookie(facilitator));
      observerDevice = new LiveDevice(t.url, { type: 'hello', as: 'staff', sessionId }, cookie(observer));
      const detail = await facilitator.get(speaking());
      projector = new LiveDevice(t.url, {
        type: 'hello',
        as: 'projector',
        sessionId,
        token: detail.body.projectorToken,
      });
      phone = new LiveDevice(t.url, { type: 'hello', as: 'participant', token: tokens[0]! });
      // The facilitator's own projector tab: signed in as staff, but it shows the room.
      projectorTab = new LiveDevice(
        t.url,
        { type: 'hello', as: 'staff', sessionId, screen: 'projector' },
        cookie(facilitator),
      );
      devices.push(staff, observerDevice, projector, projectorTab, phone);
      await Promise.all(devices.map((d) => d.snapshot()));
    });
    afterAll(async () => {
      for (const d of devices) d.close();
      await t?.close();
    });

    it('shows the seat map to the facilitator and the observer, with seats for people without a phone', async () => {
      const res = await command(facilitator, schoolId, sessionId, {
        type: 'setUnnamedSeats',
        voices: 2,
        listeners: 1,
      });
      expect(res.status).toBe(200);
      for (const device of [staff, observerDevice]) {
        const view = (await viewAt(device, res.body.seq)) as SpeakingView;
        expect(view.seats.map((s) => s.name ?? `Plek ${s.number}`)).toEqual([
          'Zazie Vlinder',
          'Okke Prins',
          'Plek 1',
          'Plek 2',
          'Maud Sterreveld',
          'Plek 1',
        ]);
      }
    });

    it('counts taps from two devices into one log, in the order they arrived', async () => {
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 1 });
      const zazie = seats.get('Zazie Vlinder')!;
      expect((await tap(facilitator, { tap: { type: 'speak', seat: zazie } })).status).toBe(200);
      t.clock.advance(4 * 60_000);
      const second = await tap(observer, { tap: { type: 'speak', seat: 'voices:1' } });
      expect(second.status).toBe(200);
      const view = (await viewAt(staff, second.body.seq)) as SpeakingView;
      expect(view.phaseIndex).toBe(1);
      expect(view.log.map((e) => (e.type === 'speak' ? e.seat : e.type))).toEqual([zazie, 'voices:1']);
      expect(view.log[1]!.at - view.log[0]!.at).toBe(4 * 60_000);
    });

    it('asks to confirm a tap on a listener in a listen-only round, and marks it', async () => {
      const maud = seats.get('Maud Sterreveld')!;
      const refused = await tap(facilitator, { tap: { type: 'speak', seat: maud } });
      // (The observer's second tap on Maud, below, continues her turn: one departure, not two.)
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('errors.speakingListenerSeat');
      expect(refused.body.error.message).toMatch(/luistert/);
      t.clock.advance(60_000);
      const confirmed = await tap(facilitator, {
        tap: { type: 'speak', seat: maud },
        confirmDeviation: true,
      });
      expect(confirmed.body.deviation).toBe(true);
      const again = await tap(observer, { tap: { type: 'speak', seat: maud }, confirmDeviation: true });
      expect(again.body.deviation).toBe(false);
      const view = (await viewAt(staff, again.body.seq)) as SpeakingView;
      expect(view.deviations).toBe(1);
      t.clock.advance(60_000);
    });

    it('stops counting while the round timer is paused', async () => {
      await command(facilitator, schoolId, sessionId, { type: 'startTimer' });
      const paused = await command(facilitator, schoolId, sessionId, { type: 'pauseTimer' });
      const view = (await viewAt(staff, paused.body.seq)) as SpeakingView;
      expect(view.log.slice(-2).map((e) => e.type)).toEqual(['resume', 'pause']);
    });

    it("never sends speaking time to the projector (nor the facilitator's projector tab) or a phone", async () => {
      const last = await tap(facilitator, { tap: { type: 'silence' } });
      for (const device of [projector, projectorTab, phone]) {
        await device.reach(last.body.seq);
        expect(device.messages.every((m) => m.type === 'error' || m.live.speaking === null)).toBe(true);
      }
    });

    it('refuses unknown seats, people who neither run nor observe, and other schools', async () => {
      expect((await tap(facilitator, { tap: { type: 'speak', seat: 'voices:9' } })).status).toBe(400);
      expect((await tap(otherFacilitator, { tap: { type: 'silence' } })).status).toBe(404);
      expect((await tap(teacher, { tap: { type: 'silence' } })).status).toBe(403);
      const foreign = await outsider.post(`/api/schools/${schoolId}/mirror-sessions/${sessionId}/speaking`, {
        tap: { type: 'silence' },
      });
      expect(foreign.status).toBe(403);
    });

    it('lets an observer watch and tap, but not change the session', async () => {
      expect((await command(observer, schoolId, sessionId, { type: 'startTimer' })).status).toBe(403);
      expect((await observer.patch(speaking(), { title: 'Anders' })).status).toBe(403);
      expect((await observer.put(speaking('/observers'), { userIds: [] })).status).toBe(403);
      const detail = await observer.get(speaking());
      expect(detail.body).toMatchObject({ isObserver: true, canObserve: true, canRun: false });
    });

    it('only lets facilitators of the school observe, and not the session’s own facilitator', async () => {
      const detail = await facilitator.get(speaking());
      const bad = await coordinator.put(speaking('/observers'), { userIds: detail.body.facilitatorIds });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.userIds).toBeDefined();
    });

    it('keeps only the distribution per round at closing, and deletes the log', async () => {
      // Three more students speak a minute each from seats without a phone; then the facilitator lowers the
      // number of those seats. What those seats said still counts for the students at closing.
      await command(facilitator, schoolId, sessionId, { type: 'startTimer' });
      await command(facilitator, schoolId, sessionId, { type: 'setUnnamedSeats', voices: 5, listeners: 1 });
      for (const seat of ['voices:3', 'voices:4', 'voices:5']) {
        await tap(facilitator, { tap: { type: 'speak', seat } });
        t.clock.advance(60_000);
      }
      await tap(facilitator, { tap: { type: 'silence' } });
      await command(facilitator, schoolId, sessionId, { type: 'setUnnamedSeats', voices: 1, listeners: 1 });
      expect((await coordinator.post(speaking('/close'))).status).toBe(200);
      const rows = await t.services.db
        .selectFrom('mirror_speaking_events')
        .selectAll()
        .where('session_id', '=', sessionId)
        .execute();
      expect(rows).toEqual([]);
      const report = await coordinator.get(speaking('/report'));
      expect(report.status).toBe(200);
      expect(report.body.speaking).toHaveLength(1);
      const [round] = report.body.speaking;
      expect(round.listenOnly).toBe('listeners');
      // Five students spoke (Zazie and four seats without a phone), one teacher: her share would be her own
      // time, so neither share shows (together they make 100%); how many seats spoke does.
      expect(round.voices.seatsSpoke).toBe(5);
      expect(round.listeners.seatsSpoke).toBe('<5');
      expect(round.voices.percent).toBeNull();
      expect(round.listeners.percent).toBeNull();
      expect(round.voices.seats).toBe(6);
      expect(round.deviations).toBe(1);
      const markdown = (await coordinator.get<string>(speaking('/report.md'))).body;
      expect(markdown).toContain('aandeel niet getoond (aan een kant spraken één tot vier mensen)');
      expect(markdown).toContain('5 van 6 plekken kwamen aan het woord');
      const all = JSON.stringify(report.body) + markdown;
      for (const name of PHONES) expect(all).not.toContain(name);
      expect(all).not.toMatch(/totalMs|runningMs|voices:1/);
    });
  });
}
