/**
 * Round 5 over HTTP and WebSocket: clusters (with suggestions from the texts), dot voting from the phones with an
 * allowance, a live ranking on every screen, and votes that stay anonymous.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor } from '../helpers/factories.ts';
import { LiveDevice } from '../helpers/live.ts';
import { buildMirrorSession, command, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

for (const dialect of DIALECTS) {
  describe(`round 5: clusters and dot voting (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let sessionId: string;
    let facilitator: ApiClient;
    let base: string;
    const phones: { token: string; device: LiveDevice }[] = [];
    let staff: LiveDevice;
    const vote = (token: string, clusterId: string, add = true, key = crypto.randomUUID()) =>
      t.client().post('/api/live/votes', { token, clusterId, add, idempotencyKey: key });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id)).id;
      const coordinator = await buildUser(t.services, {
        organisationId: org.id,
        memberships: [{ schoolId, role: 'coordinator' }],
      });
      const runner = await buildUser(t.services, {
        organisationId: org.id,
        memberships: [{ schoolId, role: 'facilitator' }],
      });
      facilitator = await sessionFor(t, runner);
      const session = await buildMirrorSession(t.services, schoolId, coordinator, {
        facilitatorIds: [runner.user.id],
        open: true,
      });
      sessionId = session.id;
      base = `/api/schools/${schoolId}/mirror-sessions/${sessionId}`;
      for (let i = 0; i < 6; i++) {
        const joined = await join(t.client(), session.join_code!, i < 4 ? 'voices' : 'listeners');
        phones.push({
          token: joined.body.token,
          device: new LiveDevice(t.url, { type: 'hello', as: 'participant', token: joined.body.token }),
        });
      }
      staff = new LiveDevice(
        t.url,
        { type: 'hello', as: 'staff', sessionId },
        `kring_session=${facilitator.cookie('kring_session')}`,
      );
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 4 });
      await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      for (const text of [
        'Harder optreden tegen pesten in de klas',
        'Docenten moeten pesten eerder zien',
        'Een GSA oprichten',
        'De GSA steunen vanuit de schoolleiding',
        'Paarse Vrijdag vieren',
      ]) {
        await facilitator.post(`${base}/recommendations`, {
          groupIndex: null,
          target: 'teachers',
          text,
          idempotencyKey: crypto.randomUUID(),
        });
      }
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 5 });
    });
    afterAll(async () => {
      for (const p of phones) p.device.close();
      staff?.close();
      await t?.close();
    });

    it('suggests clusters from the texts, and makes them with one click each', async () => {
      const suggestions = (await facilitator.get(`${base}/cluster-suggestions`)).body as {
        title: string;
        recommendationIds: string[];
      }[];
      expect(suggestions).toHaveLength(2);
      const key = crypto.randomUUID();
      for (const suggestion of suggestions) {
        const made = await facilitator.post(`${base}/clusters`, {
          ...suggestion,
          idempotencyKey: key + suggestion.title,
        });
        expect(made.status).toBe(200);
      }
      const retried = await facilitator.post(`${base}/clusters`, {
        ...suggestions[0]!,
        idempotencyKey: key + suggestions[0]!.title,
      });
      const state = await staff.waitFor((m) => m.type === 'state' && m.live.clusters.length === 2);
      expect(state.type === 'state' && state.live.clusters.map((c) => c.id)).toContain(retried.body.id);
      expect((await facilitator.get(`${base}/cluster-suggestions`)).body).toEqual([]);
    });

    it('lets the facilitator move a post-it, rename a cluster, and undo one', async () => {
      const latest = staff.latest();
      const [pesten] = latest.live.clusters;
      const loner = latest.live.recommendations.find((r) => r.text.startsWith('Paarse'))!;
      expect(
        (
          await facilitator.request('PUT', `${base}/recommendations/${loner.id}/cluster`, {
            clusterId: pesten!.id,
          })
        ).status,
      ).toBe(204);
      expect(
        (await facilitator.patch(`${base}/clusters/${pesten!.id}`, { title: 'Veilig in de klas' })).status,
      ).toBe(204);
      const after = await staff.waitFor(
        (m) => m.type === 'state' && m.live.clusters.some((c) => c.title === 'Veilig in de klas'),
      );
      expect(
        after.type === 'state' && after.live.clusters.find((c) => c.id === pesten!.id)!.recommendationIds,
      ).toContain(loner.id);
      await facilitator.request('PUT', `${base}/recommendations/${loner.id}/cluster`, { clusterId: null });
    });

    it('opens voting with an allowance, counts each vote once, and shows a live ranking', async () => {
      const [a, b] = staff.latest().live.clusters;
      expect((await vote(phones[0]!.token, a!.id)).status).toBe(409);
      await command(facilitator, schoolId, sessionId, { type: 'setVoting', open: true, perPerson: 2 });
      const key = crypto.randomUUID();
      expect((await vote(phones[0]!.token, a!.id, true, key)).body).toEqual({ votesLeft: 1 });
      expect((await vote(phones[0]!.token, a!.id, true, key)).body).toEqual({ votesLeft: 1 });
      expect((await vote(phones[0]!.token, a!.id)).body).toEqual({ votesLeft: 0 });
      const over = await vote(phones[0]!.token, b!.id);
      expect(over.status).toBe(409);
      expect(over.body.error.code).toBe('errors.noVotesLeft');
      await vote(phones[1]!.token, b!.id);
      expect((await vote(phones[0]!.token, a!.id, false)).body).toEqual({ votesLeft: 1 });

      const ranked = await staff.waitFor(
        (m) =>
          m.type === 'state' &&
          m.live.clusters.reduce((n, c) => n + c.votes, 0) === 2 &&
          m.live.clusters.every((c) => c.votes === 1),
      );
      expect(ranked.type === 'state' && ranked.live.clusters.map((c) => c.rank)).toEqual([1, 1]);
      const mine = await phones[0]!.device.waitFor((m) => m.type === 'state' && m.live.myVotes.length === 1);
      expect(mine.type === 'state' && mine.live.myVotes).toEqual([a!.id]);
      const theirs = phones[2]!.device.latest();
      expect(theirs.live.myVotes).toEqual([]);
      expect(JSON.stringify(phones[2]!.device.messages)).not.toContain('ballots');
      expect(JSON.stringify(staff.messages)).not.toContain('ballots');
    });

    it('sends nothing but a sequence number over the bus: no post-its, no votes cross Redis', async () => {
      const heard: string[] = [];
      const subscription = t.services.bus.subscribe(`mirror:${sessionId}`, (message) => heard.push(message));
      await subscription.ready;
      const [a] = staff.latest().live.clusters;
      await vote(phones[3]!.token, a!.id);
      await facilitator.post(`${base}/recommendations`, {
        groupIndex: null,
        target: 'policy',
        text: 'Geheime tekst',
        idempotencyKey: crypto.randomUUID(),
      });
      subscription.unsubscribe();
      expect(heard.length).toBeGreaterThanOrEqual(2);
      for (const message of heard) expect(Object.keys(JSON.parse(message))).toEqual(['seq']);
    });
  });
}
