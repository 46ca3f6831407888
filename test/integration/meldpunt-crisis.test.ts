/**
 * The board's crisis log on both databases (PRODUCT M5): a confidant starts the crisis approach from a case, the
 * school leader and administrator work through its steps with time, name and note, and nothing of the report (not
 * even which case) reaches them. A teacher and another school's leader cannot reach it; its notes are sealed at
 * rest; it outlives the case's purge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meldpuntTick } from '../../src/modules/meldpunt/commands/tick.ts';
import { reportsRepository } from '../../src/modules/meldpunt/repositories/reports.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildUser,
  organisationOf,
  sessionFor,
  signIn,
} from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const STORY = 'Meneer Bakker van gym stuurde foto’s naar meisjes uit 4havo.';
const NOTE = 'Crisisteam om 8:30 bij de bestuurder; woordvoering via Karin.';

for (const dialect of DIALECTS) {
  describe(`the board's crisis log (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let confidantUser: BuiltUser;
    let leaderUser: BuiltUser;
    let confidant: ApiClient;
    let leader: ApiClient;
    let admin: ApiClient;
    let teacher: ApiClient;
    let otherLeader: ApiClient;
    let otherSchoolId: string;
    let leaderEmail: string;
    let reportId: string;
    let crisisId: string;
    const crises = () => `/api/schools/${schoolId}/meldpunt/crises`;

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-11-02T08:00:00Z'));
      const org = (await buildOrganisation(t.services)).id;
      schoolId = (await buildSchool(t.services, org, 'Stedelijk Lyceum')).id;
      otherSchoolId = (await buildSchool(t.services, org, 'Ander Lyceum')).id;
      const person = (role: 'admin' | 'leader' | 'teacher', school = schoolId, name?: string) =>
        buildUser(t.services, {
          organisationId: org,
          ...(name ? { name } : {}),
          memberships: [{ schoolId: school, role }],
        });
      leaderUser = await person('leader', schoolId, 'Bert Bestuurder');
      leaderEmail = leaderUser.email;
      leader = await sessionFor(t, leaderUser);
      admin = await sessionFor(t, await person('admin', schoolId, 'Anke Beheer'));
      teacher = await sessionFor(t, await person('teacher'));
      otherLeader = await sessionFor(t, await person('leader', otherSchoolId));
      confidantUser = await buildUser(t.services, {
        organisationId: org,
        name: 'Vera Vertrouwen',
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      confidant = await signIn(t, confidantUser);
      const code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'sexual',
        location: 'school',
        period: 'thisWeek',
        involved: ['staff'],
        needs: ['officialReport'],
        minor: 'yes',
        confidantId: null,
        content: { story: STORY, when: 'Afgelopen weekend', who: 'Een docent', contact: null },
      });
      reportId = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0].id;
    });
    afterAll(async () => t?.close());

    it('is started by a confidant from a case, once, and the board hears of it without a word of the case', async () => {
      const path = `/api/schools/${schoolId}/meldpunt/reports/${reportId}/crisis`;
      expect((await confidant.get(path)).body).toEqual({ crisisId: null, startedAt: null });
      const started = await confidant.post(path, { title: 'Crisis gymzaal' });
      expect(started.status).toBe(201);
      crisisId = started.body.id;
      const again = await confidant.post(path, { title: 'Nog een keer' });
      expect(again).toMatchObject({ status: 200, body: { id: crisisId } });
      expect((await confidant.get(path)).body.crisisId).toBe(crisisId);
      // Which case set it off is in the confidants' audit log, not in the one the administrator reads.
      const audit = `/api/schools/${schoolId}/meldpunt/audit`;
      expect((await confidant.get(audit)).body).toContainEqual(
        expect.objectContaining({ action: 'crisisStarted', reportId }),
      );
      // As is a crisis step once ticked on the case itself (before the board's log existed).
      await reportsRepository(t.services.db, schoolId).audit(
        reportId,
        confidantUser.user.id,
        'stepChanged',
        t.clock.now(),
        'crisis:crisisTeam',
      );
      const tiedToCrisis = (body: { action: string; detail: string | null }[]) =>
        body.filter((a) => a.action === 'crisisStarted' || a.detail === 'crisis:crisisTeam');
      expect(tiedToCrisis((await confidant.get(audit)).body)).toHaveLength(2);
      const adminAudit = await admin.get(audit);
      expect(adminAudit.status).toBe(200);
      expect(tiedToCrisis(adminAudit.body)).toEqual([]);
      await t.settled();
      const mail = await t.mailbox.latestTo(leaderEmail);
      expect(Mailbox.link(mail)).toBe(`${t.url}/meldpunt/${schoolId}/crisis/${crisisId}`);
      expect(mail.text).not.toMatch(/Bakker|gym|foto/i);
    });

    it('shows the board the checklist and nothing of the report, not even which case it came from', async () => {
      const list = await leader.get(crises());
      expect(list.body).toEqual([
        {
          id: crisisId,
          title: 'Crisis gymzaal',
          startedAt: '2026-11-02T08:00:00.000Z',
          startedBy: 'Vera Vertrouwen',
          closedAt: null,
          done: 0,
          total: 7,
        },
      ]);
      const log = await leader.get(`${crises()}/${crisisId}`);
      expect(Object.keys(log.body).sort()).toEqual(
        ['closedAt', 'closedBy', 'id', 'next', 'startedAt', 'startedBy', 'steps', 'title'].sort(),
      );
      expect(log.body.steps.map((s: { step: string }) => s.step)).toEqual([
        'crisisTeam',
        'oneMessage',
        'staffFirst',
        'mediaPolice',
        'parentsStudents',
        'aftercarePlan',
        'lessonsLearned',
      ]);
      for (const body of [list.body, log.body]) {
        const text = JSON.stringify(body);
        expect(text).not.toContain(reportId);
        expect(text).not.toMatch(/Bakker|weekend|docent|sexual|"staff"|legalDuty|minor/i);
      }
      // The case itself stays shut to the board.
      expect((await leader.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).status).toBe(403);
      expect((await leader.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}/crisis`)).status).toBe(
        403,
      );
      expect((await leader.get(`/api/schools/${schoolId}/meldpunt/reports`)).status).toBe(403);
    });

    it('keeps each step with its time, who and a note, sealed at rest', async () => {
      t.clock.set(new Date('2026-11-02T08:30:00Z'));
      const step = (who: ApiClient, name: string, body: object) =>
        who.put(`${crises()}/${crisisId}/steps/${name}`, body);
      expect((await step(leader, 'crisisTeam', { done: true, note: NOTE })).status).toBe(204);
      t.clock.set(new Date('2026-11-02T10:00:00Z'));
      expect((await step(admin, 'staffFirst', { done: true, note: '' })).status).toBe(204);
      expect((await step(admin, 'oneMessage', { done: true, note: '' })).status).toBe(204);
      expect((await step(admin, 'oneMessage', { done: false, note: '' })).status).toBe(204);
      expect((await step(leader, 'talkStudent', { done: true, note: '' })).status).toBe(404);
      const log = (await admin.get(`${crises()}/${crisisId}`)).body;
      expect(log.steps.slice(0, 3)).toEqual([
        { step: 'crisisTeam', doneAt: '2026-11-02T08:30:00.000Z', doneBy: 'Bert Bestuurder', note: NOTE },
        { step: 'oneMessage', doneAt: null, doneBy: null, note: '' },
        { step: 'staffFirst', doneAt: '2026-11-02T10:00:00.000Z', doneBy: 'Anke Beheer', note: '' },
      ]);
      expect(log.next).toBe('oneMessage');
      const raw = JSON.stringify([
        await t.services.db.selectFrom('meldpunt_crises').selectAll().execute(),
        await t.services.db.selectFrom('meldpunt_crisis_steps').selectAll().execute(),
      ]);
      expect(raw).not.toMatch(/Crisisteam om|Karin|gymzaal/);
      // The confidant follows it too.
      expect((await confidant.get(`${crises()}/${crisisId}`)).body.steps[0].note).toBe(NOTE);
    });

    it('is out of reach for a teacher and for the leader of another school', async () => {
      for (const [method, path, body] of [
        ['GET', crises(), undefined],
        ['POST', crises(), { title: '' }],
        ['GET', `${crises()}/${crisisId}`, undefined],
        ['PATCH', `${crises()}/${crisisId}`, { closed: true }],
        ['PUT', `${crises()}/${crisisId}/steps/mediaPolice`, { done: true, note: '' }],
      ] as const) {
        expect((await teacher.request(method, path, body)).status, `teacher ${method} ${path}`).toBe(403);
        expect((await otherLeader.request(method, path, body)).status, `other ${method} ${path}`).toBe(403);
      }
      // Through their own school's address the log does not exist.
      const own = `/api/schools/${otherSchoolId}/meldpunt/crises`;
      expect((await otherLeader.get(`${own}/${crisisId}`)).status).toBe(404);
      expect((await otherLeader.get(own)).body).toEqual([]);
    });

    it('can be started by the leader directly, and closed with time and name', async () => {
      const made = await leader.post(crises(), { title: '' });
      expect(made.status).toBe(201);
      expect((await leader.get(crises())).body).toHaveLength(2);
      t.clock.set(new Date('2026-11-02T14:00:00Z'));
      const closed = await leader.patch(`${crises()}/${crisisId}`, { closed: true });
      expect(closed.body).toMatchObject({
        closedAt: '2026-11-02T14:00:00.000Z',
        closedBy: 'Bert Bestuurder',
      });
      expect((await leader.patch(`${crises()}/${crisisId}`, {})).status).toBe(400);
    });

    it('no longer takes crisis steps on the case itself, and outlives the case', async () => {
      const onCase = await confidant.put(
        `/api/schools/${schoolId}/meldpunt/reports/${reportId}/steps/crisis/crisisTeam`,
        {
          done: true,
          note: '',
        },
      );
      expect(onCase.status).toBe(404);
      await confidant.patch(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`, { status: 'closed' });
      t.clock.set(new Date('2027-06-01T00:00:00Z'));
      leader = await sessionFor(t, leaderUser);
      expect((await meldpuntTick(t.services)).purged).toBe(1);
      const left = await t.services.db
        .selectFrom('meldpunt_crises')
        .select(['id', 'report_id'])
        .where('id', '=', crisisId)
        .executeTakeFirstOrThrow();
      expect(left.report_id).toBeNull();
      expect((await leader.get(`${crises()}/${crisisId}`)).body.steps[0].note).toBe(NOTE);
    });

    it('tells only a confidant who can open a case about its log; two starting at once make one', async () => {
      confidant = await signIn(t, confidantUser);
      const code = (await confidant.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'bullying',
        location: 'school',
        period: 'today',
        involved: ['student'],
        needs: ['conversation'],
        minor: 'yes',
        confidantId: null,
        content: { story: 'Ze pesten me in de kantine.', when: '', who: '', contact: null },
      });
      const second = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0].id;
      const path = `/api/schools/${schoolId}/meldpunt/reports/${second}/crisis`;
      // A confidant who joined after the report cannot open it, so does not learn whether it set off a crisis.
      const newcomer = await signIn(
        t,
        await buildUser(t.services, {
          organisationId: await organisationOf(t.services, schoolId),
          memberships: [{ schoolId, role: 'confidant' }],
          totp: true,
        }),
      );
      expect((await newcomer.get(path)).status).toBe(403);
      expect((await newcomer.post(path, { title: '' })).status).toBe(403);

      // Two clicks at once (or two confidants): one log, both told which; the board's refused address holds up
      // neither answer.
      t.mailbox.refused.add(leaderEmail.toLowerCase());
      let started: string;
      try {
        const both = await Promise.all([
          confidant.post(path, { title: '' }),
          confidant.post(path, { title: '' }),
        ]);
        expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
        started = both[0]!.body.id;
        expect(both[1]!.body.id).toBe(started);
        await t.settled();
      } finally {
        t.mailbox.refused.delete(leaderEmail.toLowerCase());
      }
      expect((await confidant.get(path)).body.crisisId).toBe(started);
      // Nor does the newcomer's audit log tie the case to it; the confidant who can open it sees the line.
      const audit = `/api/schools/${schoolId}/meldpunt/audit`;
      const crisisLines = (body: { action: string; reportId: string | null }[]) =>
        body.filter((a) => a.action === 'crisisStarted' && a.reportId === second);
      expect(crisisLines((await newcomer.get(audit)).body)).toEqual([]);
      expect(crisisLines((await confidant.get(audit)).body)).toHaveLength(1);
    });
  });
}
