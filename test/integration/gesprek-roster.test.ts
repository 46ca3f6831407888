/**
 * The school's student roster on both databases: an administrator imports the export of the student information
 * system (a second import updates instead of doubling), a teacher picks from it, and removing a student who left
 * removes their conversations too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

for (const dialect of DIALECTS) {
  describe(`the student roster (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let admin: ApiClient;
    let teacher: ApiClient;
    const roster = () => `/api/schools/${schoolId}/students`;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'De Regenboog')).id;
      admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'admin' }] }),
      );
      teacher = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'teacher' }] }),
      );
    });
    afterAll(async () => t?.close());

    it('imports an export, and a second import updates instead of adding twice', async () => {
      const first = await admin.post(`${roster()}/import`, {
        csv: 'leerlingnummer;voornaam;tussenvoegsel;achternaam;groep\n11;Sara;van;Dam;groep 7\n12;Milan;;Visser;groep 8\n;;;;groep 8\n',
      });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ added: 2, updated: 0, skipped: [{ line: 4, reason: 'noName' }] });
      const second = await admin.post(`${roster()}/import`, {
        csv: 'leerlingnummer;voornaam;achternaam;groep\n11;Sara;van Dam;groep 8\n13;Jip;de Boer;groep 6\n',
      });
      expect(second.body).toEqual({ added: 1, updated: 1, skipped: [] });
      const list = await teacher.get(roster());
      expect(list.body.map((s: { name: string; className: string }) => `${s.className}: ${s.name}`)).toEqual([
        'groep 6: Jip de Boer',
        'groep 8: Milan Visser',
        'groep 8: Sara van Dam',
      ]);
    });

    it('adds the same line once, and gives a student added by hand the number a later import brings', async () => {
      const byHand = await teacher.post(roster(), { name: 'Lieke Smit', className: 'groep 8' });
      const result = await admin.post(`${roster()}/import`, {
        csv: 'naam;groep\nNoah Bos;groep 5\nNoah Bos;groep 5\n',
      });
      expect(result.body).toMatchObject({ added: 1, updated: 0 });
      const numbered = await admin.post(`${roster()}/import`, {
        csv: 'leerlingnummer;naam;groep\n14;Lieke Smit;groep 8\n',
      });
      expect(numbered.body).toMatchObject({ added: 0, updated: 1 });
      const list = (await teacher.get(roster())).body as { id: string; name: string }[];
      expect(list.filter((s) => s.name === 'Lieke Smit').map((s) => s.id)).toEqual([byHand.body.id]);
      expect(list.filter((s) => s.name === 'Noah Bos')).toHaveLength(1);
      await admin.delete(`${roster()}/${byHand.body.id}`);
      await admin.delete(`${roster()}/${list.find((s) => s.name === 'Noah Bos')!.id}`);
    });

    it('explains a file it cannot use, in the reader’s language', async () => {
      const nl = await admin.post(`${roster()}/import`, { csv: 'kleur;maat\nrood;M' });
      expect(nl.status).toBe(400);
      expect(nl.body.error.message).toMatch(/kolom met een naam/);
      const english = t.client('en');
      english.setCookie('kring_session', admin.cookie('kring_session')!);
      english.setCookie('kring_csrf', admin.cookie('kring_csrf')!);
      english.setCookie('kring_lang', 'en');
      const en = await english.post(`${roster()}/import`, { csv: '' });
      expect(en.body.error.message).toBe('The file is empty.');
    });

    it('lets only an administrator import or remove; a teacher adds by hand', async () => {
      expect((await teacher.post(`${roster()}/import`, { csv: 'naam\nX' })).status).toBe(403);
      const added = await teacher.post(roster(), { name: 'K. Mulder', className: 'groep 7' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ name: 'K. Mulder', source: 'manual' });
      expect((await teacher.delete(`${roster()}/${added.body.id}`)).status).toBe(403);
    });

    it('removes a student who left together with their conversations', async () => {
      const students = (await teacher.get(roster())).body as { id: string; name: string }[];
      const sara = students.find((s) => s.name === 'Sara van Dam')!;
      const started = await teacher.post(`/api/schools/${schoolId}/conversations`, {
        student: { id: sara.id },
        aim: 'Hoe gaat het in groep 8?',
        plannedAt: '2026-12-10T10:30',
        level: 'primary',
      });
      expect(started.status).toBe(201);
      const path = `/api/schools/${schoolId}/conversations/${started.body.id}`;
      await teacher.post(`${path}/agreements`, {
        what: 'Afspraak',
        owner: 'student',
        ownerOther: '',
        how: '',
        evaluateOn: '2027-01-10',
      });
      const people = await t.services.db
        .selectFrom('memberships')
        .select('user_id')
        .where('school_id', '=', schoolId)
        .where('role', '=', 'admin')
        .execute();
      await teacher.put(`${path}/shares`, { userIds: [people[0]!.user_id] });
      expect((await admin.delete(`${roster()}/${sara.id}`)).status).toBe(204);
      expect((await teacher.get(`/api/schools/${schoolId}/conversations/${started.body.id}`)).status).toBe(
        404,
      );
      expect((await admin.delete(`${roster()}/${sara.id}`)).status).toBe(404);
      for (const table of ['conversations', 'conversation_agreements', 'conversation_shares'] as const) {
        expect(await t.services.db.selectFrom(table).selectAll().execute()).toEqual([]);
      }
    });
  });
}
