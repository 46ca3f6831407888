/**
 * What follows the conversation, over HTTP on both databases: the action plan with owners (by person and by
 * role) and their status updates, overdue flags, the coordinator's overview; the anonymous evaluation with
 * small numbers suppressed; aftercare reaching the contact person and nobody else; closing, which freezes
 * what was said and deletes participants and ballots; the progress link; and the report in three forms
 * without a single display name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorClustersRepository } from '../../src/modules/spiegel/repositories/clusters.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildUser,
  sessionFor,
} from '../helpers/factories.ts';
import { pdfText } from '../helpers/pdf.ts';
import { buildMirrorSession, command, join } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const NAMES = [
  'Zazie Vlinder',
  'Okke Prins',
  'Maud Sterreveld',
  'Jip Koraal',
  'Rens Wolkenveld',
  'Tess Ijsvogel',
];

for (const dialect of DIALECTS) {
  describe(`after the conversation: action plan, evaluation, report (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let sessionId: string;
    let base: string;
    let facilitator: ApiClient;
    let coordinator: ApiClient;
    let leader: ApiClient;
    let owner: BuiltUser;
    let ownerClient: ApiClient;
    let otherTeacher: ApiClient;
    let otherTeacherUser: BuiltUser;
    let contact: BuiltUser;
    let contactClient: ApiClient;
    let outsider: ApiClient;
    let clusterId: string;
    const tokens: string[] = [];
    const evaluate = (
      token: string,
      answers: object,
      aftercare: object | null = null,
      key = crypto.randomUUID(),
    ) => t.client().post('/api/live/evaluation', { token, answers, aftercare, idempotencyKey: key });

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-12-03T12:00:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Het Baken')).id;
      const person = (role: 'coordinator' | 'facilitator' | 'teacher' | 'leader', name?: string) =>
        buildUser(t.services, {
          organisationId: org.id,
          ...(name ? { name } : {}),
          memberships: [{ schoolId, role }],
        });
      const coordinatorUser = await person('coordinator');
      const runner = await person('facilitator');
      owner = await person('teacher', 'Petra Mentor');
      contact = await person('teacher', 'Karim Aanspreekpunt');
      coordinator = await sessionFor(t, coordinatorUser);
      facilitator = await sessionFor(t, runner);
      leader = await sessionFor(t, await person('leader'));
      ownerClient = await sessionFor(t, owner);
      contactClient = await sessionFor(t, contact);
      otherTeacherUser = await person('teacher');
      otherTeacher = await sessionFor(t, otherTeacherUser);
      const otherSchool = await buildSchool(t.services, org.id, 'Elders');
      outsider = await sessionFor(
        t,
        await buildUser(t.services, {
          organisationId: org.id,
          memberships: [{ schoolId: otherSchool.id, role: 'teacher' }],
        }),
      );
      const session = await buildMirrorSession(t.services, schoolId, coordinatorUser, {
        facilitatorIds: [runner.user.id],
        open: true,
      });
      sessionId = session.id;
      base = `/api/schools/${schoolId}/mirror-sessions/${sessionId}`;
      for (const [i, name] of NAMES.entries()) {
        const joined = await join(t.client(), session.join_code!, i < 4 ? 'voices' : 'listeners', name);
        expect(joined.status).toBe(200);
        tokens.push(joined.body.token);
      }
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 4 });
      await command(facilitator, schoolId, sessionId, { type: 'drawGroups' });
      for (const text of ['Pesten sneller aanpakken', 'Een GSA oprichten', 'Şükrü en Łucja: één taal, ğ']) {
        const written = await facilitator.post(`${base}/recommendations`, {
          groupIndex: null,
          target: 'teachers',
          text,
          idempotencyKey: crypto.randomUUID(),
        });
        expect(written.status).toBe(200);
      }
      await command(facilitator, schoolId, sessionId, { type: 'goToPhase', index: 5 });
      const cluster = await facilitator.post(`${base}/clusters`, {
        title: 'Veiligheid in de klas',
        recommendationIds: [],
        idempotencyKey: crypto.randomUUID(),
      });
      expect(cluster.status).toBe(200);
      clusterId = cluster.body.id;
      await command(facilitator, schoolId, sessionId, { type: 'setVoting', open: true, perPerson: 3 });
      for (const token of tokens) {
        const voted = await t.client().post('/api/live/votes', {
          token,
          clusterId,
          add: true,
          idempotencyKey: crypto.randomUUID(),
        });
        expect(voted.status).toBe(200);
      }
    });
    afterAll(async () => {
      await t?.close();
    });

    it('turns a cluster into an action with a person as owner, who sees it on their home page', async () => {
      const added = await facilitator.post(`${base}/actions`, {
        what: 'Afspraken over schelden in elke mentorles',
        target: 'teachers',
        clusterId,
        ownerUserId: owner.user.id,
        ownerRole: null,
        dueDate: '2027-01-15',
        status: 'planned',
      });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({ ownerName: 'Petra Mentor', overdue: false, canEdit: true });
      const mine = await ownerClient.get('/api/my/mirror-actions');
      expect(mine.body.actions.map((a: { what: string }) => a.what)).toEqual([
        'Afspraken over schelden in elke mentorles',
      ]);
      expect(mine.body.actions[0]).toMatchObject({
        canUpdateStatus: true,
        canEdit: false,
        sessionTitle: 'Spiegelgesprek 3 havo',
      });
      expect((await otherTeacher.get('/api/my/mirror-actions')).body.actions).toEqual([]);
    });

    it('gives an action owned by a role to everyone holding that role', async () => {
      const added = await facilitator.post(`${base}/actions`, {
        what: 'Schoolleiding bespreekt de GSA in het MT',
        target: 'leadership',
        clusterId: null,
        ownerUserId: null,
        ownerRole: 'leader',
        dueDate: null,
        status: 'planned',
      });
      expect(added.status).toBe(200);
      const leaders = await leader.get('/api/my/mirror-actions');
      expect(leaders.body.actions.map((a: { what: string }) => a.what)).toContain(
        'Schoolleiding bespreekt de GSA in het MT',
      );
      expect((await ownerClient.get('/api/my/mirror-actions')).body.actions).toHaveLength(1);
    });

    it('refuses bad actions with field messages', async () => {
      const both = await facilitator.post(`${base}/actions`, {
        what: 'Twee eigenaren',
        target: 'teachers',
        clusterId: null,
        ownerUserId: owner.user.id,
        ownerRole: 'teacher',
        dueDate: null,
        status: 'planned',
      });
      expect(both.status).toBe(400);
      expect(both.body.error.fields.ownerRole).toBeTruthy();
      const badDay = await facilitator.post(`${base}/actions`, {
        what: 'Op een dag die niet bestaat',
        target: 'teachers',
        clusterId: null,
        ownerUserId: null,
        ownerRole: null,
        dueDate: '2027-02-30',
        status: 'planned',
      });
      expect(badDay.status).toBe(400);
      expect(badDay.body.error.fields.dueDate).toBeTruthy();
      const stranger = await facilitator.post(`${base}/actions`, {
        what: 'Iemand van buiten',
        target: 'teachers',
        clusterId: null,
        ownerUserId: crypto.randomUUID(),
        ownerRole: null,
        dueDate: null,
        status: 'planned',
      });
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.fields.ownerUserId).toBe('Deze persoon hoort niet bij deze school.');
      expect((await ownerClient.post(`${base}/actions`, { what: 'x' })).status).toBe(403);
    });

    it('lets the owner update the status with a note, and nobody else but the plan’s editors', async () => {
      const [action] = (await ownerClient.get('/api/my/mirror-actions')).body.actions;
      const url = `/api/schools/${schoolId}/mirror-actions/${action.id}/status`;
      t.clock.advance(60_000);
      const updated = await ownerClient.post(url, { status: 'inProgress', note: 'Eerste mentorles gedaan' });
      expect(updated.status).toBe(200);
      expect(updated.body.status).toBe('inProgress');
      expect(updated.body.history[0]).toMatchObject({
        status: 'inProgress',
        note: 'Eerste mentorles gedaan',
        byName: 'Petra Mentor',
      });
      expect((await otherTeacher.post(url, { status: 'done' })).status).toBe(403);
      expect((await outsider.post(url, { status: 'done' })).status).toBe(404);
      expect((await ownerClient.post(url, { status: 'finished' })).status).toBe(400);
      const plan = await facilitator.get(`${base}/action-plan`);
      expect(plan.body.actions.find((a: { id: string }) => a.id === action.id).status).toBe('inProgress');
    });

    it('flags actions past their due day, and the coordinator sees all actions of the school', async () => {
      const [mentor] = (await ownerClient.get('/api/my/mirror-actions')).body.actions;
      const moved = await facilitator.patch(`${base}/actions/${mentor.id}`, { dueDate: '2026-12-02' });
      expect(moved.body.overdue).toBe(true);
      const overview = await coordinator.get(`/api/schools/${schoolId}/mirror-actions?status=overdue`);
      expect(overview.status).toBe(200);
      expect(overview.body.actions.map((a: { what: string }) => a.what)).toEqual([
        'Afspraken over schelden in elke mentorles',
      ]);
      expect(overview.body.actions[0]).toMatchObject({ overdue: true, schoolName: 'Het Baken' });
      const all = await coordinator.get(`/api/schools/${schoolId}/mirror-actions?status=all`);
      expect(all.body.actions).toHaveLength(2);
      expect((await leader.get(`/api/schools/${schoolId}/mirror-actions`)).body.actions).toHaveLength(2);
      expect((await ownerClient.get(`/api/schools/${schoolId}/mirror-actions`)).status).toBe(403);
      expect((await coordinator.get(`/api/schools/${schoolId}/mirror-actions?status=late`)).status).toBe(400);
    });

    it('sets who leads and who is the contact person', async () => {
      const set = await facilitator.put(`${base}/follow-up`, {
        leadUserId: owner.user.id,
        contactPersonId: contact.user.id,
      });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ leadName: 'Petra Mentor', contactPersonName: 'Karim Aanspreekpunt' });
    });

    it('only says how many answered while the session runs, so no answer can be told from the next', async () => {
      for (const token of tokens.slice(0, 4)) {
        expect((await evaluate(token, { howItWent: 4, feltSafe: 'yes', improve: 'Meer tijd' })).status).toBe(
          200,
        );
      }
      const few = await facilitator.get(`${base}/evaluation`);
      expect(few.body).toMatchObject({ final: false, answered: '<5', improvements: [] });
      expect(
        (await evaluate(tokens[4]!, { howItWent: 4, feltSafe: 'mostly', improve: 'Kortere rondes' })).status,
      ).toBe(200);
      const five = await facilitator.get(`${base}/evaluation`);
      expect(five.body).toMatchObject({ final: false, answered: 5, improvements: [] });
      expect(five.body.questions.howItWent['4']).toBe('<5');
    });

    it('takes one evaluation per phone, and a retry once', async () => {
      const again = await evaluate(tokens[0]!, { howItWent: 1 });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('al ingevuld');
      expect((await evaluate('not-a-token-of-anyone-at-all', {})).status).toBe(403);
      expect((await evaluate(tokens[5]!, { howItWent: 9 })).status).toBe(400);
    });

    it('sends a request for aftercare to the contact person only, without its content in the mail', async () => {
      const key = crypto.randomUUID();
      const asked = await evaluate(
        tokens[5]!,
        { joinAgain: 'yes' },
        { message: 'Ik wil graag napraten', reach: 'klas 3b' },
        key,
      );
      expect(asked.status).toBe(200);
      expect(
        (await evaluate(tokens[5]!, { joinAgain: 'yes' }, { message: 'Ik wil graag napraten' }, key)).status,
      ).toBe(200);
      const mail = await t.mailbox.latestTo(contact.email);
      expect(mail.subject).toContain('nazorg');
      expect(mail.text).not.toContain('napraten');
      expect(mail.text).not.toContain('3b');
      const requests = await contactClient.get('/api/my/aftercare');
      expect(requests.body.requests).toHaveLength(1);
      expect(requests.body.requests[0]).toMatchObject({
        message: 'Ik wil graag napraten',
        reach: 'klas 3b',
        handledAt: null,
      });
      expect((await otherTeacher.get('/api/my/aftercare')).body.requests).toEqual([]);
      expect((await coordinator.get('/api/my/aftercare')).body.requests).toEqual([]);
      const id = requests.body.requests[0].id;
      expect((await otherTeacher.post(`${base}/aftercare/${id}/handled`)).status).toBe(403);
      expect((await outsider.post(`${base}/aftercare/${id}/handled`)).status).toBe(404);
      const handled = await contactClient.post(`${base}/aftercare/${id}/handled`);
      expect(handled.status).toBe(200);
      expect(handled.body.handledByName).toBe('Karim Aanspreekpunt');
      const summary = await facilitator.get(`${base}/evaluation`);
      expect(summary.body.answered).toBe(6);
    });

    it('takes a request for aftercare on its own from a phone that already evaluated', async () => {
      const key = crypto.randomUUID();
      const body = { token: tokens[2], message: 'Toch nog iets', idempotencyKey: key };
      expect((await t.client().post('/api/live/aftercare', body)).status).toBe(200);
      expect((await t.client().post('/api/live/aftercare', body)).status).toBe(200);
      const requests = (await contactClient.get('/api/my/aftercare')).body.requests;
      expect(requests.map((r: { message: string }) => r.message)).toEqual([
        'Toch nog iets',
        'Ik wil graag napraten',
      ]);
      expect(requests[0]).toMatchObject({ reach: null, handledAt: null });
      expect((await t.client().post('/api/live/aftercare', { ...body, token: 'x'.repeat(43) })).status).toBe(
        403,
      );
    });

    it('gives a phone the progress link while the session runs', async () => {
      const link = await t.client().post('/api/live/progress-link', { token: tokens[0] });
      expect(link.status).toBe(200);
      expect(link.body.url).toMatch(/\/voortgang#t=/);
      const staffLink = await leader.post(`${base}/progress-link`);
      expect(staffLink.body.url).toBe(link.body.url);
    });

    it('closes: participants, ballots and receipts go, totals stay, what was said is frozen', async () => {
      expect((await coordinator.post(`${base}/close`)).status).toBe(200);
      const db = t.services.db;
      expect(
        await db.selectFrom('mirror_participants').selectAll().where('session_id', '=', sessionId).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('mirror_votes').selectAll().where('session_id', '=', sessionId).execute(),
      ).toEqual([]);
      expect(
        await db
          .selectFrom('mirror_evaluation_receipts')
          .selectAll()
          .where('session_id', '=', sessionId)
          .execute(),
      ).toEqual([]);
      expect((await mirrorClustersRepository(db, schoolId).finalVotes(sessionId)).get(clusterId)).toBe(6);
      const frozen = await facilitator.post(`${base}/recommendations`, {
        groupIndex: null,
        target: 'teachers',
        text: 'Te laat',
        idempotencyKey: crypto.randomUUID(),
      });
      expect(frozen.status).toBe(409);
      expect((await facilitator.patch(`${base}/clusters/${clusterId}`, { title: 'Anders' })).status).toBe(
        409,
      );
      expect((await evaluate(tokens[1]!, {})).status).toBe(403);
    });

    it('counts the evaluation once closed, still without saying what fewer than five answered', async () => {
      const summary = await facilitator.get(`${base}/evaluation`);
      expect(summary.body).toMatchObject({ final: true, answered: 6, aftercareRequests: '<5' });
      expect(summary.body.questions.howItWent['4']).toBe(5);
      expect(summary.body.questions.feltSafe).toEqual({ yes: '<5', mostly: '<5', no: '<5' });
      expect([...summary.body.improvements].sort()).toEqual([
        'Kortere rondes',
        'Meer tijd',
        'Meer tijd',
        'Meer tijd',
        'Meer tijd',
      ]);
    });

    it('keeps the action plan editable after closing', async () => {
      const added = await facilitator.post(`${base}/actions`, {
        what: 'Ouderavond over sociale veiligheid',
        target: 'communication',
        clusterId: null,
        ownerUserId: null,
        ownerRole: 'coordinator',
        dueDate: '2027-03-01',
        status: 'planned',
      });
      expect(added.status).toBe(200);
      const changed = await facilitator.patch(`${base}/actions/${added.body.id}`, { status: 'done' });
      expect(changed.body.status).toBe('done');
    });

    it('shows progress through the link after closing, with no participant in it', async () => {
      const { url } = (await coordinator.post(`${base}/progress-link`)).body;
      const token = new URL(url).hash.slice('#t='.length);
      const view = await t.client().post('/api/progress', { token });
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        title: 'Spiegelgesprek 3 havo',
        schoolName: 'Het Baken',
        status: 'closed',
      });
      expect(view.body.contactPersonName).toBe('Karim Aanspreekpunt');
      const mentor = view.body.actions.find((a: { what: string }) => a.what.startsWith('Afspraken'));
      expect(mentor).toMatchObject({ status: 'inProgress', latestNote: 'Eerste mentorles gedaan' });
      for (const name of NAMES) expect(JSON.stringify(view.body)).not.toContain(name);
      const unknown = await t.client().post('/api/progress', { token: 'x'.repeat(43) });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toContain('voortgangslink');
    });

    it('reports as JSON, Markdown and PDF: counts by side, post-its, votes, plan, evaluation, and no names', async () => {
      const report = await leader.get(`${base}/report`);
      expect(report.status).toBe(200);
      expect(report.body.participants).toEqual([
        { side: 'voices', label: 'Leerlingen', count: '<5' },
        { side: 'listeners', label: 'Docenten', count: '<5' },
      ]);
      expect(report.body.clusters[0]).toMatchObject({ title: 'Veiligheid in de klas', rank: 1, votes: 6 });
      expect([...report.body.recommendations[0].texts].sort()).toEqual([
        'Een GSA oprichten',
        'Pesten sneller aanpakken',
        'Şükrü en Łucja: één taal, ğ',
      ]);
      const markdown = await leader.download(`${base}/report.md`);
      expect(markdown.headers.get('content-type')).toContain('text/markdown');
      const md = new TextDecoder().decode(markdown.bytes);
      const pdf = await leader.download(`${base}/report.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(pdf.bytes);
      for (const document of [md, text, JSON.stringify(report.body)]) {
        expect(document).toContain('Veiligheid in de klas');
        expect(document).toContain('Pesten sneller aanpakken');
        expect(document).toContain('Petra Mentor');
        expect(document).toContain('Şükrü en Łucja: één taal, ğ');
        for (const name of NAMES) expect(document).not.toContain(name);
      }
      expect(md).toContain('## Actieplan');
      expect(text).toContain('Actieplan');
      expect((await ownerClient.get(`${base}/report`)).status).toBe(403);
      expect((await outsider.get(`${base}/report.pdf`)).status).toBe(403);
    });

    it('keeps a request for aftercare with whom it was sent to, and gives it to the coordinators when they leave', async () => {
      const moved = await facilitator.put(`${base}/follow-up`, {
        leadUserId: null,
        contactPersonId: otherTeacherUser.user.id,
      });
      expect(moved.status).toBe(200);
      expect((await otherTeacher.get('/api/my/aftercare')).body.requests).toEqual([]);
      expect((await contactClient.get('/api/my/aftercare')).body.requests).toHaveLength(2);
      await t.services.db.deleteFrom('memberships').where('user_id', '=', contact.user.id).execute();
      const coordinators = await coordinator.get('/api/my/aftercare');
      expect(coordinators.body.requests.map((r: { message: string }) => r.message).sort()).toEqual([
        'Ik wil graag napraten',
        'Toch nog iets',
      ]);
      expect((await otherTeacher.get('/api/my/aftercare')).body.requests).toEqual([]);
    });
  });
}
