/** Planning mirror conversations over HTTP, on every database: templates, warnings, diversity, closing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildTeam, buildUser, sessionFor } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

for (const dialect of DIALECTS) {
  describe(`planning mirror conversations (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let coordinator: Awaited<ReturnType<typeof sessionFor>>;
    let facilitatorId: string;
    let teamId: string;
    let otherSchoolPerson: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Het Spiegelcollege')).id;
      teamId = (await buildTeam(t.services, schoolId, 'Onderbouw')).id;
      coordinator = await sessionFor(
        t,
        await buildUser(t.services, {
          organisationId: org.id,
          memberships: [{ schoolId, role: 'coordinator' }],
        }),
      );
      facilitatorId = (
        await buildUser(t.services, {
          organisationId: org.id,
          name: 'Fleur',
          memberships: [{ schoolId, role: 'facilitator' }],
        })
      ).user.id;
      const elsewhere = await buildSchool(t.services, org.id, 'Elders');
      otherSchoolPerson = (
        await buildUser(t.services, {
          organisationId: org.id,
          memberships: [{ schoolId: elsewhere.id, role: 'facilitator' }],
        })
      ).user.id;
    });
    afterAll(async () => t?.close());

    const plan = (over: object = {}) => ({
      templateId: 'gender-diversiteit',
      title: 'Spiegelgesprek onderbouw',
      teamId,
      scheduledAt: '2026-12-03T13:30',
      place: 'Aula',
      facilitatorIds: [facilitatorId],
      contactPersonId: null,
      expectedVoices: 12,
      expectedListeners: 6,
      withTeamLeader: true,
      ...over,
    });

    it('plans a session from a shipped template, without warnings when it follows the method', async () => {
      const res = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, plan());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'planned',
        warnings: [],
        facilitatorIds: [facilitatorId],
        joinCode: null,
      });
      expect(res.body.template.phases.map((p: { minutes: number }) => p.minutes)).toEqual([
        10, 45, 30, 45, 30, 15, 5,
      ]);
      const list = await coordinator.get(`/api/schools/${schoolId}/mirror-sessions`);
      expect(list.body.map((s: { title: string }) => s.title)).toContain('Spiegelgesprek onderbouw');
    });

    it('warns, without refusing, when the plan leaves the method', async () => {
      const res = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ expectedVoices: 5, expectedListeners: 10, facilitatorIds: [] }),
      );
      expect(res.status).toBe(201);
      expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual([
        'voicesTooFew',
        'listenersTooMany',
        'facilitatorsOff',
      ]);
    });

    it('asks two facilitators for the spiegelbijeenkomst', async () => {
      const res = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ templateId: 'spiegelbijeenkomst' }),
      );
      expect(res.body.warnings).toEqual([{ code: 'facilitatorsOff', count: 1, min: 2, max: 2 }]);
    });

    it('refuses facilitators, teams and templates that are not of this school', async () => {
      const res = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ facilitatorIds: [otherSchoolPerson] }),
      );
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['facilitatorIds']);
      const tpl = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ templateId: 'bestaat-niet' }),
      );
      expect(tpl.body.error.fields.templateId).toBeDefined();
    });

    it('copies a template, lets the school edit everything, and keeps planned sessions on their own copy', async () => {
      const copy = await coordinator.post(`/api/schools/${schoolId}/mirror-templates`, {
        basedOn: 'gender-diversiteit',
      });
      expect(copy.status).toBe(201);
      const definition = copy.body.definition;
      definition.phases[1].questions.push({
        id: 'eigen',
        text: { nl: 'Wat wil je de mentoren nog meegeven?' },
        deeper: [],
      });
      definition.phases[1].minutes = 40;
      const saved = await coordinator.request(
        'PUT',
        `/api/schools/${schoolId}/mirror-templates/${copy.body.id}`,
        { definition },
      );
      expect(saved.status).toBe(200);
      const session = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ templateId: copy.body.id }),
      );
      expect(session.body.template.phases[1].questions.at(-1).text.nl).toBe(
        'Wat wil je de mentoren nog meegeven?',
      );
      definition.phases[1].minutes = 20;
      await coordinator.request('PUT', `/api/schools/${schoolId}/mirror-templates/${copy.body.id}`, {
        definition,
      });
      const again = await coordinator.get(`/api/schools/${schoolId}/mirror-sessions/${session.body.id}`);
      expect(again.body.template.phases[1].minutes).toBe(40);
      const list = await coordinator.get(`/api/schools/${schoolId}/mirror-templates`);
      expect(list.body.filter((x: { shipped: boolean }) => x.shipped)).toHaveLength(2);
      const broken = { ...definition, phases: [] };
      expect(
        (
          await coordinator.request('PUT', `/api/schools/${schoolId}/mirror-templates/${copy.body.id}`, {
            definition: broken,
          })
        ).status,
      ).toBe(400);
    });

    it('shows only the spread of the student group, and deletes the attributes when the session closes', async () => {
      const session = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, plan());
      const url = `/api/schools/${schoolId}/mirror-sessions/${session.body.id}`;
      const entries = [
        { year: '2', level: 'vmbo', gender: 'meisje', involvement: ['gsa'] },
        ...Array.from({ length: 5 }, () => ({ year: '3', level: 'havo', gender: null, involvement: [] })),
        { year: '3', level: 'havo', gender: 'non-binair', involvement: ['studentCouncil', 'gsa'] },
      ];
      const spread = await coordinator.request('PUT', `${url}/diversity`, { entries });
      expect(spread.body).toEqual({
        students: 7,
        byYear: { '2': '<5', '3': 6 },
        byLevel: { vmbo: '<5', havo: 6 },
        // One self-described gender in a group is never shown as "1".
        byGender: { meisje: '<5', '—': 5, 'non-binair': '<5' },
        byInvolvement: { gsa: '<5', studentCouncil: '<5' },
      });
      const count = () =>
        t.services.db
          .selectFrom('mirror_diversity')
          .where('session_id', '=', session.body.id)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
      expect(Number((await count()).n)).toBe(7);
      await coordinator.post(`${url}/open`);
      const closed = await coordinator.post(`${url}/close`);
      expect(closed.body).toMatchObject({ status: 'closed', joinCode: null });
      expect(Number((await count()).n)).toBe(0);
      const afterwards = await coordinator.request('PUT', `${url}/diversity`, { entries });
      expect(afterwards.status).toBe(409);
      expect(Number((await count()).n)).toBe(0);
      expect((await coordinator.get(`${url}/diversity`)).body.students).toBe(0);
    });

    it('answers odd input with a 4xx: built-in names as templates, impossible dates, a facilitator twice', async () => {
      for (const name of ['constructor', '__proto__', 'toString']) {
        expect(
          (await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, plan({ templateId: name })))
            .status,
        ).toBe(400);
        expect(
          (await coordinator.post(`/api/schools/${schoolId}/mirror-templates`, { basedOn: name })).status,
        ).toBe(400);
        expect((await coordinator.get(`/api/mirror-templates/${name}`)).status).toBe(404);
      }
      expect((await coordinator.get(`/api/schools/${schoolId}/mirror-templates`)).status).toBe(200);
      expect(
        (
          await coordinator.post(
            `/api/schools/${schoolId}/mirror-sessions`,
            plan({ scheduledAt: '2026-99-99T99:99' }),
          )
        ).status,
      ).toBe(400);
      expect(
        (
          await coordinator.post(
            `/api/schools/${schoolId}/mirror-sessions`,
            plan({ scheduledAt: '2026-02-30T10:00' }),
          )
        ).status,
      ).toBe(400);
      const twice = await coordinator.post(
        `/api/schools/${schoolId}/mirror-sessions`,
        plan({ facilitatorIds: [facilitatorId, facilitatorId] }),
      );
      expect(twice.status).toBe(400);
    });

    it('writes the student briefing as a PDF', async () => {
      const session = await coordinator.post(`/api/schools/${schoolId}/mirror-sessions`, plan());
      const res = await fetch(
        `${t.url}/api/schools/${schoolId}/mirror-sessions/${session.body.id}/briefing.pdf`,
        {
          headers: { cookie: `kring_session=${coordinator.cookie('kring_session')}` },
        },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(2000);
    });
  });
}
