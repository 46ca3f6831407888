/**
 * Impartiality and learning (F2, F3) on both databases: a facilitator from the listening team is refused with
 * the method's reason unless an administrator writes one down; home teams on memberships; the observer's form
 * reaching the session's facilitator and nobody else until shared; the reflection log, the own-sessions view
 * with evaluation scores, and intervision with cases from one's own log only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildTeam,
  buildUser,
  sessionFor,
} from '../helpers/factories.ts';
import { buildMirrorSession, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const observation = {
  balance: 2,
  balanceNote: 'Twee leerlingen namen veel ruimte.',
  interrupting: 'Na vijf minuten vriendelijk onderbroken met een samenvatting.',
  openQuestions: 'Vooral open vragen.',
  language: 'Eén keer "onze school" gezegd.',
  wentWell: 'Rustig tempo.',
  tip: 'Nodig de stille plekken eerder uit.',
};
const reflection = {
  wentWell: 'De regels waren duidelijk.',
  hard: 'Een docent begon zich te verdedigen.',
  interrupting: 'Ik heb hem gevraagd eerst te luisteren.',
  impartiality: 'Ik zei een keer "wij".',
  nextTime: 'Luisterregel vaker herhalen.',
};

for (const dialect of DIALECTS) {
  describe(`impartiality and learning (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let teamId: string;
    let admin: ApiClient;
    let coordinator: ApiClient;
    let insider: BuiltUser;
    let runner: BuiltUser;
    let facilitator: ApiClient;
    let watcherUser: BuiltUser;
    let watcher: ApiClient;
    let colleagueUser: BuiltUser;
    let colleague: ApiClient;
    let teacher: ApiClient;
    let outsider: ApiClient;
    let sessionId: string;
    const plan = {
      templateId: 'gender-diversiteit',
      title: 'Spiegelgesprek onderbouw',
      scheduledAt: '2026-12-03T13:30',
      place: 'Aula',
      contactPersonId: null,
      expectedVoices: 8,
      expectedListeners: 6,
      withTeamLeader: false,
    };
    const url = (path = '') => `/api/schools/${schoolId}/mirror-sessions/${sessionId}${path}`;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Het Baken')).id;
      teamId = (await buildTeam(t.services, schoolId, 'Onderbouw')).id;
      const person = (
        role: 'admin' | 'coordinator' | 'facilitator' | 'teacher',
        team?: string,
        name?: string,
      ) =>
        buildUser(t.services, {
          organisationId: org.id,
          ...(name ? { name } : {}),
          memberships: [{ schoolId, role, ...(team ? { teamId: team } : {}) }],
        });
      admin = await sessionFor(t, await person('admin'));
      const coordinatorUser = await person('coordinator');
      coordinator = await sessionFor(t, coordinatorUser);
      insider = await person('facilitator', teamId, 'Ilse Binnen');
      runner = await person('facilitator', undefined, 'Ruud Extern');
      facilitator = await sessionFor(t, runner);
      watcherUser = await person('facilitator', undefined, 'Wendy Kijker');
      watcher = await sessionFor(t, watcherUser);
      colleagueUser = await person('facilitator', undefined, 'Cor Collega');
      colleague = await sessionFor(t, colleagueUser);
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
    });
    afterAll(async () => t?.close());

    describe('impartial assignment (F2)', () => {
      it('lists facilitators as internal to their team or external', async () => {
        const res = await coordinator.get(`/api/schools/${schoolId}/facilitators`);
        const byName = Object.fromEntries(res.body.map((f: { name: string }) => [f.name, f]));
        expect(byName['Ilse Binnen']).toMatchObject({ external: false, homeTeams: [{ name: 'Onderbouw' }] });
        expect(byName['Ruud Extern']).toMatchObject({ external: true, homeTeams: [] });
      });

      it('refuses a facilitator from the listening team, and says why', async () => {
        const res = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, {
          ...plan,
          teamId,
          facilitatorIds: [insider.user.id],
        });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('errors.facilitatorOwnTeam');
        expect(res.body.error.message).toMatch(/neutraal/);
        expect(res.body.error.fields.facilitatorIds).toContain('Ilse Binnen');
      });

      it('lets only an administrator assign them anyway, and keeps the reason', async () => {
        const reason = 'Geen externe begeleider beschikbaar deze maand; afgestemd met de leerlingenraad.';
        const body = { ...plan, teamId, facilitatorIds: [insider.user.id], impartialityReason: reason };
        const byCoordinator = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, body);
        expect(byCoordinator.status).toBe(403);
        expect(byCoordinator.body.error.code).toBe('errors.overrideAdminOnly');
        const tooShort = await admin.post(`/api/schools/${schoolId}/mirror-sessions`, {
          ...body,
          impartialityReason: 'Moet maar',
        });
        expect(tooShort.status).toBe(400);
        const created = await admin.post(`/api/schools/${schoolId}/mirror-sessions`, body);
        expect(created.status).toBe(201);
        expect(created.body.impartiality).toEqual([
          expect.objectContaining({ userId: insider.user.id, name: 'Ilse Binnen', reason }),
        ]);
        // Another edit keeps the reason; a different listening team asks for a new one.
        const edited = await coordinator.patch(
          `/api/schools/${schoolId}/mirror-sessions/${created.body.id}`,
          { place: 'Lokaal 4' },
        );
        expect(edited.body.impartiality).toHaveLength(1);
        const otherTeam = (await buildTeam(t.services, schoolId, 'Bovenbouw')).id;
        const moved = await coordinator.patch(`/api/schools/${schoolId}/mirror-sessions/${created.body.id}`, {
          teamId: otherTeam,
        });
        expect(moved.body.impartiality).toEqual([]);
      });

      it("warns, but does not block, when a facilitator's team is set to the listening one after assignment", async () => {
        const planned = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, {
          ...plan,
          teamId,
          facilitatorIds: [colleagueUser.user.id],
        });
        expect(planned.status).toBe(201);
        const people = await admin.get(`/api/schools/${schoolId}/people`);
        const cor = people.body.find((p: { name: string }) => p.name === 'Cor Collega');
        await admin.patch(`/api/schools/${schoolId}/memberships/${cor.membershipId}`, { teamId });
        const moved = await coordinator.patch(`/api/schools/${schoolId}/mirror-sessions/${planned.body.id}`, {
          place: 'Lokaal 7',
        });
        expect(moved.status).toBe(200);
        expect(moved.body.warnings).toContainEqual(
          expect.objectContaining({ code: 'facilitatorOwnTeam', names: 'Cor Collega' }),
        );
        await admin.patch(`/api/schools/${schoolId}/memberships/${cor.membershipId}`, { teamId: null });
      });

      it("lets an administrator change someone's home team", async () => {
        const people = await admin.get(`/api/schools/${schoolId}/people`);
        const ruud = people.body.find((p: { name: string }) => p.name === 'Ruud Extern');
        const res = await admin.patch(`/api/schools/${schoolId}/memberships/${ruud.membershipId}`, {
          teamId,
        });
        expect(res.status).toBe(200);
        expect(res.body.teamId).toBe(teamId);
        const list = await coordinator.get(`/api/schools/${schoolId}/facilitators`);
        expect(list.body.find((f: { name: string }) => f.name === 'Ruud Extern').external).toBe(false);
        expect(
          (
            await coordinator.patch(`/api/schools/${schoolId}/memberships/${ruud.membershipId}`, {
              teamId: null,
            })
          ).status,
        ).toBe(403);
        await admin.patch(`/api/schools/${schoolId}/memberships/${ruud.membershipId}`, { teamId: null });
      });
    });

    describe('observation (F3)', () => {
      it('only lets observers write one', async () => {
        // A facilitator who is not part of the session does not see it at all.
        expect((await watcher.get(url('/observation'))).status).toBe(404);
        await facilitator.put(url('/observers'), { userIds: [watcherUser.user.id] });
        expect((await watcher.get(url('/observation'))).body).toBeNull();
        expect(
          (await facilitator.put(url('/observation'), { answers: observation, send: false })).status,
        ).toBe(403);
        expect((await outsider.get(url('/observation'))).status).toBe(404);
      });

      it('refuses observers from the listening team: they would see what the students say', async () => {
        const session = await buildMirrorSession(t.services, schoolId, runner, {
          facilitatorIds: [runner.user.id],
        });
        await coordinator.patch(`/api/schools/${schoolId}/mirror-sessions/${session.id}`, { teamId });
        const res = await facilitator.put(
          `/api/schools/${schoolId}/mirror-sessions/${session.id}/observers`,
          {
            userIds: [insider.user.id],
          },
        );
        expect(res.status).toBe(400);
        expect(res.body.error.fields.userIds).toMatch(/dat luistert/);
      });

      it('does not send an empty observation', async () => {
        const empty = {
          balance: null,
          balanceNote: '',
          interrupting: '',
          openQuestions: '',
          language: '',
          wentWell: '',
          tip: ' ',
        };
        const res = await watcher.put(url('/observation'), { answers: empty, send: true });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('errors.observationEmpty');
      });

      it('keeps a draft from the facilitator until it is sent, then makes it final', async () => {
        const draft = await watcher.put(url('/observation'), { answers: observation, send: false });
        expect(draft.status).toBe(200);
        expect(draft.body.sentAt).toBeNull();
        expect((await facilitator.get('/api/my/facilitation')).body.received).toEqual([]);
        const sent = await watcher.put(url('/observation'), { answers: observation, send: true });
        expect(sent.body.sentAt).not.toBeNull();
        const again = await watcher.put(url('/observation'), { answers: observation, send: true });
        expect(again.status).toBe(409);
        expect(again.body.error.code).toBe('errors.observationSent');
      });

      it('reaches the facilitator, and nobody else until they share it', async () => {
        const mine = await facilitator.get('/api/my/facilitation');
        expect(mine.body.received).toHaveLength(1);
        expect(mine.body.received[0]).toMatchObject({ observerName: 'Wendy Kijker', answers: observation });
        expect(mine.body.sessions.find((x: { id: string }) => x.id === sessionId).observationCount).toBe(1);
        for (const other of [coordinator, colleague, admin]) {
          const view = await other.get('/api/my/facilitation');
          expect(view.body.received).toEqual([]);
          expect(view.body.sharedWithMe).toEqual([]);
        }
        const id = mine.body.received[0].id;
        expect((await watcher.put(`/api/my/observations/${id}/shares`, { userIds: [] })).status).toBe(404);
        expect(
          (
            await facilitator.put(`/api/my/observations/${id}/shares`, {
              userIds: ['00000000-0000-4000-8000-000000000000'],
            })
          ).status,
        ).toBe(400);
        const shared = await facilitator.put(`/api/my/observations/${id}/shares`, {
          userIds: [colleagueUser.user.id],
        });
        expect(shared.body.sharedWith).toEqual([{ userId: colleagueUser.user.id, name: 'Cor Collega' }]);
        const seen = await colleague.get('/api/my/facilitation');
        expect(seen.body.sharedWithMe).toHaveLength(1);
        expect(seen.body.sharedWithMe[0].answers.tip).toBe(observation.tip);
        expect((await coordinator.get('/api/my/facilitation')).body.sharedWithMe).toEqual([]);
      });
    });

    describe('reflection and the own view (F3)', () => {
      it("is the facilitator's alone", async () => {
        expect((await coordinator.put(url('/reflection'), { answers: reflection })).status).toBe(403);
        expect((await watcher.get(url('/reflection'))).status).toBe(403);
        expect((await teacher.get(url('/reflection'))).status).toBe(404);
        const saved = await facilitator.put(url('/reflection'), { answers: reflection });
        expect(saved.status).toBe(200);
        expect((await facilitator.get(url('/reflection'))).body.answers).toEqual(reflection);
        expect((await colleague.get('/api/my/facilitation')).body.reflections).toEqual([]);
      });

      it('shows evaluation scores of closed sessions from five answers on', async () => {
        const session = (await facilitator.get(url())).body;
        expect(session.status).toBe('live');
        const tokens: string[] = [];
        for (let i = 0; i < 5; i++)
          tokens.push((await join(t.client(), session.joinCode, 'voices')).body.token);
        for (const [i, token] of tokens.entries()) {
          await t.client().post('/api/live/evaluation', {
            token,
            answers: { howItWent: 4, facilitation: i < 3 ? 5 : 4 },
            aftercare: null,
            idempotencyKey: crypto.randomUUID(),
          });
        }
        const mine = async () =>
          (await facilitator.get('/api/my/facilitation')).body.sessions.find(
            (x: { id: string }) => x.id === sessionId,
          );
        const live = await mine();
        expect(live.evaluation).toBeNull();
        await coordinator.post(url('/close'));
        const closed = await mine();
        expect(closed).toMatchObject({
          title: 'Spiegelgesprek 3 havo',
          hasReflection: true,
          evaluation: { answered: 5, howItWent: 4, facilitation: 4.6 },
        });
      });
    });

    describe('intervision (F3)', () => {
      let meetingId: string;
      let reflectionId: string;

      it('is planned with facilitators only, and seen by its members only', async () => {
        const bad = await facilitator.post(`/api/schools/${schoolId}/intervision`, {
          title: 'Intervisie december',
          plannedAt: '2026-12-17T15:30',
          place: 'Lokaal 12',
          memberIds: [colleagueUser.user.id, (await coordinator.get('/api/session')).body.user.id],
        });
        expect(bad.status).toBe(400);
        const res = await facilitator.post(`/api/schools/${schoolId}/intervision`, {
          title: 'Intervisie december',
          plannedAt: '2026-12-17T15:30',
          place: 'Lokaal 12',
          memberIds: [colleagueUser.user.id],
        });
        expect(res.status).toBe(201);
        meetingId = res.body.id;
        const list = await colleague.get(`/api/schools/${schoolId}/intervision`);
        expect(list.body.map((m: { title: string }) => m.title)).toEqual(['Intervisie december']);
        expect((await watcher.get(`/api/schools/${schoolId}/intervision`)).body).toEqual([]);
        expect((await watcher.get(`/api/schools/${schoolId}/intervision/${meetingId}`)).status).toBe(404);
      });

      it('takes cases from one’s own reflections only', async () => {
        reflectionId = (await facilitator.get('/api/my/facilitation')).body.reflections[0].id;
        const byColleague = await colleague.post(`/api/schools/${schoolId}/intervision/${meetingId}/cases`, {
          reflectionId,
          question: 'Wat had jij gedaan?',
        });
        expect(byColleague.status).toBe(400);
        const own = await facilitator.post(`/api/schools/${schoolId}/intervision/${meetingId}/cases`, {
          reflectionId,
          question: 'Hoe onderbreek ik een docent die zich verdedigt?',
        });
        expect(own.status).toBe(201);
        const seen = await colleague.get(`/api/schools/${schoolId}/intervision/${meetingId}`);
        expect(seen.body.cases).toEqual([
          expect.objectContaining({
            mine: false,
            answers: reflection,
            broughtBy: expect.objectContaining({ name: 'Ruud Extern' }),
          }),
        ]);
        const caseId = seen.body.cases[0].id;
        expect(
          (await colleague.delete(`/api/schools/${schoolId}/intervision/${meetingId}/cases/${caseId}`))
            .status,
        ).toBe(403);
      });

      it('records what was learned', async () => {
        const learned = 'Eerst de luisterregel noemen, dan pas doorvragen.';
        const res = await colleague.put(`/api/schools/${schoolId}/intervision/${meetingId}/learned`, {
          learned,
        });
        expect(res.status).toBe(204);
        expect(
          (await facilitator.get(`/api/schools/${schoolId}/intervision/${meetingId}`)).body.learned,
        ).toBe(learned);
      });
    });
  });
}
