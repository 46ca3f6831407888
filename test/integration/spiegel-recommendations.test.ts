/**
 * Round 4's recommendations: phones write them for their own group, the facilitator types in paper ones, each
 * phone sees only its group's, the projector only counts until the groups come together, staff see all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/modules/spiegel/domain/protocol.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor } from '../helpers/factories.ts';
import { LiveDevice } from '../helpers/live.ts';
import { buildMirrorSession, command, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;

for (const dialect of DIALECTS) {
  describe(`recommendations in round 4 (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let sessionId: string;
    let facilitator: ApiClient;
    const phones: { token: string; id: string; device: LiveDevice }[] = [];
    let projector: LiveDevice;
    let staff: LiveDevice;
    const write = (token: string, text: string, target = 'teachers', key = crypto.randomUUID()) =>
      t.client().post('/api/live/recommendations', { token, target, text, idempotencyKey: key });

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
      for (let i = 0; i < 8; i++) {
        const joined = await join(t.client(), session.join_code!, i < 6 ? 'voices' : 'listeners', `P${i}`);
        phones.push({
          token: joined.body.token,
          id: joined.body.participantId,
          device: new LiveDevice(t.url, { type: 'hello', as: 'participant', token: joined.body.token }),
        });
      }
      staff = new LiveDevice(
        t.url,
        { type: 'hello', as: 'staff', sessionId },
        `kring_session=${facilitator.cookie('kring_session')}`,
      );
      const detail = await facilitator.get(`/api/schools/${schoolId}/mirror-sessions/${sessionId}`);
      projector = new LiveDevice(t.url, {
        type: 'hello',
        as: 'projector',
        sessionId,
        token: detail.body.projectorToken,
      });
      await Promise.all([...phones.map((p) => p.device.snapshot()), staff.snapshot(), projector.snapshot()]);
    });
    afterAll(async () => {
      for (const p of phones) p.device.close();
      staff?.close();
      projector?.close();
      await t?.close();
    });

    it('accepts no post-its outside the groups phase', async () => {
      const res = await write(phones[0]!.token, 'Te vroeg');
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('errors.notWritingTime');
    });

    it("shows each phone only its own group's post-its, staff all, the projector only counts", async () => {
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 4 });
      const drawn = await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      const groups = (await staff.reach(drawn.body.seq)).live.groups!;
      const groupOf = (id: string) => groups.findIndex((g) => g.includes(id));
      const first = phones[0]!;
      const mate = phones.find((p) => p !== first && groupOf(p.id) === groupOf(first.id))!;
      const stranger = phones.find((p) => groupOf(p.id) !== groupOf(first.id))!;

      const key = crypto.randomUUID();
      const a = await write(first.token, 'Leerlingen die gepest worden sneller helpen', 'teachers', key);
      const again = await write(first.token, 'Leerlingen die gepest worden sneller helpen', 'teachers', key);
      expect(again.body.id).toBe(a.body.id);
      const b = await write(stranger.token, 'Genderneutrale toiletten', 'leadership');
      expect(b.status).toBe(200);
      const paper = await facilitator.post(
        `/api/schools/${schoolId}/mirror-sessions/${sessionId}/recommendations`,
        {
          groupIndex: groupOf(first.id),
          target: 'policy',
          text: 'Een pestprotocol dat iedereen kent',
          idempotencyKey: crypto.randomUUID(),
        },
      );
      expect(paper.status).toBe(200);

      const seq = (await staff.waitFor((m) => m.type === 'state' && m.live.recommendations.length === 3)) as {
        seq: number;
      };
      const texts = async (d: LiveDevice) =>
        (await d.reach(seq.seq)).live.recommendations.map((r) => r.text).sort();
      expect(await texts(staff)).toHaveLength(3);
      expect(await texts(mate.device)).toEqual([
        'Een pestprotocol dat iedereen kent',
        'Leerlingen die gepest worden sneller helpen',
      ]);
      expect(await texts(stranger.device)).toEqual(['Genderneutrale toiletten']);
      const onScreen = await projector.reach(seq.seq);
      expect(onScreen.live.recommendations).toEqual([]);
      expect(onScreen.live.recommendationCounts.reduce((n, c) => n + c.count, 0)).toBe(3);
      // A phone that says hello now gets the same filtered picture.
      const late = new LiveDevice(t.url, { type: 'hello', as: 'participant', token: stranger.token });
      expect(((await late.snapshot()) as Snapshot).live.recommendations.map((r) => r.text)).toEqual([
        'Genderneutrale toiletten',
      ]);
      late.close();
    });

    it('keeps the groups once they have written: drawing again would show post-its to the wrong people', async () => {
      const again = await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('errors.groupsHavePostits');
    });

    it('puts all texts on the projector once the groups come together, and lets the facilitator remove one', async () => {
      const next = await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 5 });
      const onScreen = await projector.reach(next.body.seq);
      expect(onScreen.live.recommendations).toHaveLength(3);
      const remove = onScreen.live.recommendations.find((r) => r.text === 'Genderneutrale toiletten')!;
      expect(
        (
          await facilitator.delete(
            `/api/schools/${schoolId}/mirror-sessions/${sessionId}/recommendations/${remove.id}`,
          )
        ).status,
      ).toBe(204);
      await projector.waitFor((m) => m.type === 'state' && m.live.recommendations.length === 2);
      expect((await write(phones[0]!.token, 'Te laat')).status).toBe(409);
    });

    it('takes at most 300 post-its per session, so a leaked token cannot flood every screen', async () => {
      const rows = Array.from({ length: 300 }, (_, i) => ({
        id: crypto.randomUUID(),
        session_id: sessionId,
        school_id: schoolId,
        group_index: null,
        target: 'teachers' as const,
        text: `Vulling ${i}`,
        created_at: new Date().toISOString(),
      }));
      await t.services.db.insertInto('mirror_recommendations').values(rows).execute();
      const res = await facilitator.post(
        `/api/schools/${schoolId}/mirror-sessions/${sessionId}/recommendations`,
        {
          groupIndex: null,
          target: 'policy',
          text: 'Eén te veel',
          idempotencyKey: crypto.randomUUID(),
        },
      );
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('errors.tooManyPostits');
    });
  });
}
