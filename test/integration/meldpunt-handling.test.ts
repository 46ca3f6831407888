/**
 * Handling a case on both databases (PRODUCT M4–M6): checklists with times, internal notes and restorative
 * conversations sealed like the report, staff's "niet-pluis" signals, deadline reminders that say nothing of the
 * case (clock moved forward), the purge after the retention period that keeps only an anonymous registration,
 * and no address of a reporter in the logs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meldpuntTick } from '../../src/modules/meldpunt/commands/tick.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildUser,
  sessionFor,
  signIn,
} from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const STORY = 'De conciërge stuurde me berichten over hoe ik eruitzag.';

for (const dialect of DIALECTS) {
  describe(`handling a case (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let code: string;
    let confidantUser: BuiltUser;
    let confidant: ApiClient;
    let teacher: ApiClient;
    let reportId: string;
    const logLines: string[] = [];
    const base = () => `/api/schools/${schoolId}/meldpunt/reports/${reportId}`;

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true, logLines });
      t.clock.set(new Date('2026-11-02T09:00:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Lyceum Noord')).id;
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'admin' }] }),
      );
      code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      confidantUser = await buildUser(t.services, {
        organisationId: org.id,
        name: 'Karin Vertrouwen',
        email: `karin.${dialect}@lyceum.nl`,
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      confidant = await signIn(t, confidantUser);
      teacher = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'teacher' }] }),
      );
      await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'sexual',
        location: 'school',
        period: 'thisMonth',
        involved: ['staff'],
        needs: ['officialReport'],
        minor: 'yes',
        confidantId: null,
        content: { story: STORY, when: '', who: 'De conciërge', contact: null },
      });
      reportId = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0].id;
    });
    afterAll(async () => t?.close());

    it('marks the legal duty and keeps its checklist with times and sealed notes', async () => {
      const opened = await confidant.get(base());
      expect(opened.body.legalDuty).toBe(true);
      expect(opened.body.ackDue).toBe('2026-11-09T09:00:00.000Z');
      t.clock.advance(60 * 60_000);
      const tick = await confidant.put(`${base()}/steps/legalDuty/informBoard`, {
        done: true,
        note: 'Bestuurder Jansen om 10:00 gebeld.',
      });
      expect(tick.status).toBe(204);
      expect((await confidant.put(`${base()}/steps/legalDuty/madeUp`, { done: true, note: '' })).status).toBe(
        404,
      );
      const steps = (await confidant.get(`${base()}/steps`)).body;
      expect(steps).toEqual([
        {
          checklist: 'legalDuty',
          step: 'informBoard',
          doneAt: '2026-11-02T10:00:00.000Z',
          doneBy: 'Karin Vertrouwen',
          note: 'Bestuurder Jansen om 10:00 gebeld.',
        },
      ]);
      await confidant.post(`${base()}/notes`, { body: 'Vertrouwensinspecteur gesproken, advies: aangifte.' });
      expect((await confidant.get(`${base()}/notes`)).body[0].body).toMatch(/Vertrouwensinspecteur/);
      const raw = JSON.stringify([
        await t.services.db.selectFrom('meldpunt_steps').selectAll().execute(),
        await t.services.db.selectFrom('meldpunt_notes').selectAll().execute(),
      ]);
      expect(raw).not.toMatch(/Jansen|Vertrouwensinspecteur/);
      expect((await teacher.get(`${base()}/steps`)).status).toBe(403);
      // Reading the notes and the checklist is opening the case too: both are in the log.
      const actions = (
        await t.services.db
          .selectFrom('meldpunt_audit')
          .select('action')
          .where('report_id', '=', reportId)
          .execute()
      ).map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining(['opened', 'stepChanged', 'stepsRead', 'noteAdded', 'notesRead']),
      );
    });

    it('plans a restorative conversation and records its agreements', async () => {
      await confidant.post(`${base()}/restorative`, {
        plannedAt: '2026-11-20T14:00',
        participants: 'Leerling, mentor',
        agreements: '',
      });
      const [conversation] = (await confidant.get(`${base()}/restorative`)).body;
      await confidant.patch(`${base()}/restorative/${conversation.id}`, {
        held: true,
        agreements: 'Wekelijks kort gesprek.',
      });
      const [after] = (await confidant.get(`${base()}/restorative`)).body;
      expect(after).toMatchObject({
        participants: 'Leerling, mentor',
        agreements: 'Wekelijks kort gesprek.',
      });
      expect(after.heldAt).not.toBeNull();
    });

    it('takes a "niet-pluis" signal from any staff member, which confidants can make a case', async () => {
      const res = await teacher.post(`/api/schools/${schoolId}/meldpunt/signals`, {
        body: 'Sanne uit 2c is stil.',
      });
      expect(res.status).toBe(201);
      const list = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases;
      const signal = list.find((c: { kind: string }) => c.kind === 'signal');
      expect(signal).toBeDefined();
      expect(
        (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${signal.id}`)).body.content.story,
      ).toBe('Sanne uit 2c is stil.');
      expect((await teacher.get(`/api/schools/${schoolId}/meldpunt/reports/${signal.id}`)).status).toBe(403);
      expect(
        (await confidant.post(`/api/schools/${schoolId}/meldpunt/reports/${signal.id}/convert`)).status,
      ).toBe(204);
      const converted = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${signal.id}`)).body;
      expect(converted.kind).toBe('report');
    });

    it('reminds the confidant before a deadline, once, with nothing of the case in the mail', async () => {
      t.clock.set(new Date('2026-11-07T10:00:00Z'));
      // The mail server refuses at first: the reminder is not lost but tried again at the next tick.
      t.mailbox.refused.add(confidantUser.email.toLowerCase());
      const refused = await meldpuntTick(t.services);
      t.mailbox.refused.delete(confidantUser.email.toLowerCase());
      expect(refused.reminded).toBe(0);
      expect(refused.unsent).toBeGreaterThanOrEqual(1);
      const first = await meldpuntTick(t.services);
      expect(first.reminded).toBeGreaterThanOrEqual(1);
      const mail = await t.mailbox.latestTo(confidantUser.email);
      expect(mail.subject).toMatch(/wacht op een eerste reactie/);
      expect(mail.text).toContain(`/meldpunt/${schoolId}/${reportId}`);
      expect(mail.text).not.toMatch(/conciërge|berichten/);
      const count = t.mailbox.messages.length;
      await meldpuntTick(t.services);
      expect(t.mailbox.messages.length).toBe(count);
    });

    it('purges a closed case after the retention period and keeps an anonymous registration', async () => {
      // Days later: a fresh sign-in, then closing the case with its outcome.
      confidant = await signIn(t, confidantUser);
      expect((await confidant.patch(base(), { status: 'closed', outcome: 'referred' })).status).toBe(200);
      t.clock.set(new Date('2027-02-04T10:00:00Z'));
      expect((await meldpuntTick(t.services)).purged).toBe(0);
      const sealed = await t.services.db
        .selectFrom('meldpunt_reports')
        .select(['content', 'key_by_code'])
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      t.clock.set(new Date('2027-02-05T10:00:01Z'));
      expect((await meldpuntTick(t.services)).purged).toBe(1);
      if (dialect === 'sqlite') {
        // Not even the sealed text stays behind in the file or its write-ahead log, as a copy would hold them.
        const file = path.join(t.dataDir, 'kring.db');
        const raw = Buffer.concat(
          [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
        );
        expect(raw.includes(Buffer.from(sealed.content.slice(0, 40)))).toBe(false);
        expect(raw.includes(Buffer.from(sealed.key_by_code.slice(0, 40)))).toBe(false);
      }
      const left = await t.services.db
        .selectFrom('meldpunt_reports')
        .select('id')
        .where('id', '=', reportId)
        .execute();
      expect(left).toEqual([]);
      for (const table of [
        'meldpunt_messages',
        'meldpunt_notes',
        'meldpunt_steps',
        'meldpunt_report_keys',
        'meldpunt_restorative',
      ] as const) {
        const rows = await t.services.db
          .selectFrom(table)
          .selectAll()
          .where('report_id', '=', reportId)
          .execute();
        expect(rows, table).toEqual([]);
      }
      const registrations = await t.services.db
        .selectFrom('meldpunt_registrations')
        .selectAll()
        .where('school_id', '=', schoolId)
        .execute();
      expect(registrations).toContainEqual(
        expect.objectContaining({
          category: 'sexual',
          location: 'school',
          month: '2026-11',
          outcome: 'referred',
          legal_duty: 1,
        }),
      );
    });

    it('logs no address of anyone filing a report', async () => {
      expect(logLines.length).toBeGreaterThan(0);
      // Every client here comes from 127.0.0.1; only the server's own "listening at" line may name it.
      const requestLines = logLines.filter((line) => !line.includes('Server listening at'));
      expect(requestLines.some((line) => line.includes('/api/meldpunt/'))).toBe(true);
      expect(requestLines.join('\n')).not.toContain('127.0.0.1');
    });
  });
}
