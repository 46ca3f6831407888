/**
 * Teacher–student conversations on both databases (PRODUCT G1–G4): a teacher starts one with a student added by
 * hand, the student prepares through the personal link (save, come back, done), the form and the teacher's own
 * questions with the coach, agreements with a day to look back, the reminder mail on that day (clock moved), the
 * follow-up that starts from the previous agreements, sharing with the student and a colleague, the PDF for the
 * student file, the teacher's own listening overview, and nothing readable in the raw database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekTick } from '../../src/modules/gesprek/commands/tick.ts';
import { emptyForm, emptyPreparation } from '../../src/modules/gesprek/domain/forms.ts';
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
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const DIFFICULT = 'Concentreren lukt niet naast het raam, Ibrahim praat steeds';
const WHAT = 'Elke ochtend naast Fenna zitten';

/** The token of a link, as the student's browser reads it from the fragment. */
const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

for (const dialect of DIALECTS) {
  describe(`teacher–student conversations (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let teacher: ApiClient;
    let teacherEmail: string;
    let careCoordinator: ApiClient;
    let careId: string;
    let people: { mentor: BuiltUser; care: BuiltUser };
    let conversationId: string;
    let token: string;
    const student = () => t.client();
    const base = () => `/api/schools/${schoolId}/conversations/${conversationId}`;

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-12-01T08:00:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Het Baken')).id;
      const mentor = await buildUser(t.services, {
        organisationId: org.id,
        name: 'Joris Mentor',
        email: `joris.${dialect}@baken.nl`,
        memberships: [{ schoolId, role: 'teacher' }],
      });
      teacherEmail = mentor.email;
      teacher = await sessionFor(t, mentor);
      const care = await buildUser(t.services, {
        organisationId: org.id,
        name: 'Carla Zorg',
        memberships: [{ schoolId, role: 'coordinator' }],
      });
      careId = care.user.id;
      careCoordinator = await sessionFor(t, care);
      people = { mentor, care };
    });

    /** Moves the clock; sessions do not last two weeks, so both sign in again. */
    async function moveClockTo(iso: string) {
      t.clock.set(new Date(iso));
      teacher = await sessionFor(t, people.mentor);
      careCoordinator = await sessionFor(t, people.care);
    }
    afterAll(async () => t?.close());

    it('starts a conversation with a student added by hand and makes a personal link', async () => {
      const started = await teacher.post(`/api/schools/${schoolId}/conversations`, {
        student: { name: 'Noor Bakker', className: '1C' },
        aim: 'Kijken wat helpt om je in de les te concentreren.',
        plannedAt: '2026-12-08T10:30',
        level: 'secondary',
      });
      expect(started.status).toBe(201);
      conversationId = started.body.id;
      const view = await teacher.get(base());
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        access: 'holder',
        student: { name: 'Noor Bakker', className: '1C' },
        teacher: { name: 'Joris Mentor' },
        preparation: { answers: null, savedAt: null, doneAt: null },
      });
      expect(view.body.link.state).toBe('active');
      expect(view.body.link.url).toMatch(/\/voorbereiden#token=[\w-]{43}$/);
      // Two weeks after the conversation (10:30 in the Netherlands is 09:30 UTC in winter).
      expect(view.body.link.expiresAt).toBe('2026-12-22T09:30:00.000Z');
      token = tokenOf(view.body.link.url);
      // The student is on the roster now, for the next conversation.
      const roster = await teacher.get(`/api/schools/${schoolId}/students`);
      expect(roster.body).toContainEqual(
        expect.objectContaining({ name: 'Noor Bakker', className: '1C', source: 'manual' }),
      );
    });

    it('lets the student open the link, save, come back and say they are done', async () => {
      const opened = await student().post('/api/preparation', { token });
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({
        studentName: 'Noor Bakker',
        teacherName: 'Joris Mentor',
        schoolName: 'Het Baken',
        aim: 'Kijken wat helpt om je in de les te concentreren.',
        level: 'secondary',
        held: false,
        agreed: null,
      });
      const half = { ...emptyPreparation, wantToTalk: 'yes', difficult: DIFFICULT };
      const saved = await student().put('/api/preparation', { token, answers: half, done: false });
      expect(saved.status).toBe(200);
      expect(saved.body.doneAt).toBeNull();
      // Later, on another device: the answers are still there.
      const back = await student().post('/api/preparation', { token });
      expect(back.body.answers.difficult).toBe(DIFFICULT);
      t.clock.advance(60_000);
      const done = await student().put('/api/preparation', {
        token,
        answers: { ...back.body.answers, goodAt: 'Tekenen, voetbal', help: 'Fenna, koptelefoon' },
        done: true,
      });
      expect(done.body.doneAt).toBe('2026-12-01T08:01:00.000Z');
      const list = await teacher.get('/api/my/conversations');
      expect(list.body.held).toContainEqual(
        expect.objectContaining({ id: conversationId, preparation: 'done', studentName: 'Noor Bakker' }),
      );
      expect((await teacher.get(base())).body.preparation.answers.goodAt).toBe('Tekenen, voetbal');
    });

    it('coaches the teacher’s own questions and keeps the form filled in together', async () => {
      const questions = await teacher.put(`${base()}/questions`, {
        questions: ['Vind je het moeilijk om je te concentreren?', 'Wat helpt jou?'],
      });
      expect(questions.status).toBe(200);
      expect(questions.body.questions).toEqual([
        {
          text: 'Vind je het moeilijk om je te concentreren?',
          suggestion: 'Wat maakt het moeilijk om je te concentreren?',
        },
        { text: 'Wat helpt jou?', suggestion: null },
      ]);
      const form = await teacher.put(`${base()}/form`, {
        form: {
          ...emptyForm,
          difficult: DIFFICULT,
          goal: 'Een hele les doorwerken',
          aimsReached: 'yes',
          pleasant: 'partly',
        },
        studentHeard: { answer: 'yes', note: 'Hij liet me uitpraten' },
      });
      expect(form.status).toBe(200);
      expect(form.body.form.goal).toBe('Een hele les doorwerken');
      expect(form.body.studentHeard).toEqual({ answer: 'yes', note: 'Hij liet me uitpraten' });
    });

    it('keeps agreements with who, how and a day to look back', async () => {
      const added = await teacher.post(`${base()}/agreements`, {
        what: WHAT,
        owner: 'student',
        ownerOther: '',
        how: 'Noor vraagt het zelf aan Fenna',
        evaluateOn: '2026-12-15',
      });
      expect(added.status).toBe(201);
      expect(added.body.agreements).toEqual([
        expect.objectContaining({
          what: WHAT,
          owner: 'student',
          evaluateOn: '2026-12-15',
          due: false,
          outcome: null,
        }),
      ]);
      const other = await teacher.post(`${base()}/agreements`, {
        what: 'Koptelefoon regelen',
        owner: 'other',
        ownerOther: '',
        how: '',
        evaluateOn: '2026-12-15',
      });
      expect(other.status).toBe(400);
      expect(other.body.error.fields).toHaveProperty('ownerOther');
      const extraFields = await teacher.post(`${base()}/agreements`, {
        ...added.body.agreements[0],
        id: undefined,
      });
      expect(extraFields.status).toBe(400);
    });

    it('keeps the teacher’s look at their own listening for after the conversation', async () => {
      const early = await teacher.put(`${base()}/listening`, { level: 3, note: '' });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toMatch(/afgerond/);
    });

    it('keeps the link working until two weeks after a new date', async () => {
      const moved = await teacher.patch(base(), {
        aim: 'Kijken wat helpt om je in de les te concentreren.',
        plannedAt: '2027-01-20T10:30',
        level: 'secondary',
      });
      expect(moved.body.plannedAt).toBe('2027-01-20T10:30');
      expect(moved.body.link.expiresAt).toBe('2027-02-03T09:30:00.000Z');
      const back = await teacher.patch(base(), {
        aim: 'Kijken wat helpt om je in de les te concentreren.',
        plannedAt: '2026-12-08T10:30',
        level: 'secondary',
      });
      // Moving the conversation earlier never cuts the link short.
      expect(back.body.link.expiresAt).toBe('2027-02-03T09:30:00.000Z');
    });

    it('closes the preparation once held, and shows the student what was agreed only when shared', async () => {
      const held = await teacher.put(`${base()}/held`, { held: true });
      expect(held.body.heldAt).toBe('2026-12-01T08:01:00.000Z');
      const late = await student().put('/api/preparation', { token, answers: emptyPreparation, done: true });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/al geweest/);
      expect((await student().post('/api/preparation', { token })).body.agreed).toBeNull();
      await teacher.put(`${base()}/student-share`, { shared: true });
      const agreed = (await student().post('/api/preparation', { token })).body.agreed;
      expect(agreed.form.goal).toBe('Een hele les doorwerken');
      expect(agreed.agreements).toEqual([
        {
          what: WHAT,
          owner: 'student',
          ownerOther: '',
          how: 'Noor vraagt het zelf aan Fenna',
          evaluateOn: '2026-12-15',
        },
      ]);
      const heard = await student().put('/api/preparation/heard', { token, answer: 'partly', note: '' });
      expect(heard.body.heard).toEqual({ answer: 'partly', note: '' });
      // The teacher's screen, opened before the student answered, saves the form without the student's answer.
      const later = await teacher.put(`${base()}/form`, {
        form: {
          ...emptyForm,
          difficult: DIFFICULT,
          goal: 'Een hele les doorwerken',
          aimsReached: 'yes',
          pleasant: 'partly',
        },
      });
      expect(later.body.studentHeard).toEqual({ answer: 'partly', note: '' });
    });

    it('reminds the teacher on the evaluation day, once, without a name or what was agreed', async () => {
      expect((await gesprekTick(t.services)).reminded).toBe(0);
      // Not in the night: the day starts at seven in the Netherlands.
      await moveClockTo('2026-12-15T05:45:00Z');
      expect((await gesprekTick(t.services)).reminded).toBe(0);
      // A mail server that refuses the mail does not lose the reminder: the next tick tries again.
      t.mailbox.refused.add(teacherEmail);
      await moveClockTo('2026-12-15T06:00:00Z');
      const failures: unknown[] = [];
      expect((await gesprekTick(t.services, (error) => failures.push(error))).reminded).toBe(0);
      expect(failures).toHaveLength(1);
      t.mailbox.refused.clear();
      const before = t.mailbox.messages.length;
      expect((await gesprekTick(t.services)).reminded).toBe(1);
      const mail = await t.mailbox.latestTo(teacherEmail);
      expect(t.mailbox.messages.length).toBe(before + 1);
      expect(mail.subject).toMatch(/afspraak/i);
      expect(mail.text).toContain('/gesprekken');
      expect(mail.text).not.toMatch(/Noor|Bakker|Fenna|ochtend/);
      expect((await gesprekTick(t.services)).reminded).toBe(0);
      const home = await teacher.get('/api/my/conversations');
      expect(home.body.agreements).toEqual([
        expect.objectContaining({ conversationId, studentName: 'Noor Bakker', what: WHAT, due: true }),
      ]);
    });

    it('starts the follow-up from the previous conversation, whose agreements are evaluated there', async () => {
      const follow = await teacher.post(`/api/schools/${schoolId}/conversations`, {
        student: { followUpOf: conversationId },
        aim: 'Terugkijken op de afspraken.',
        plannedAt: '2026-12-16T10:30',
        level: 'secondary',
      });
      expect(follow.status).toBe(201);
      const next = await teacher.get(`/api/schools/${schoolId}/conversations/${follow.body.id}`);
      expect(next.body.student.name).toBe('Noor Bakker');
      expect(next.body.previous.agreements).toEqual([expect.objectContaining({ what: WHAT, due: true })]);
      const agreementId = next.body.previous.agreements[0].id;
      const evaluated = await teacher.put(`${base()}/agreements/${agreementId}/evaluation`, {
        evaluation: { outcome: 'partly', note: 'Op maandag lukt het' },
      });
      expect(evaluated.body.evaluatedAt).toBe('2026-12-15T06:00:00.000Z');
      const again = await teacher.get(`/api/schools/${schoolId}/conversations/${follow.body.id}`);
      expect(again.body.previous.agreements[0]).toMatchObject({ outcome: 'partly', due: false });
      expect((await teacher.get('/api/my/conversations')).body.agreements).toEqual([]);
      expect((await teacher.get(base())).body.followUps).toEqual([
        { id: follow.body.id, plannedAt: '2026-12-16T10:30' },
      ]);
    });

    it('shares the conversation with a colleague to read, not to change', async () => {
      expect((await careCoordinator.get(base())).status).toBe(404);
      const shared = await teacher.put(`${base()}/shares`, { userIds: [careId] });
      expect(shared.body.sharedWith).toEqual([{ userId: careId, name: 'Carla Zorg' }]);
      const read = await careCoordinator.get(base());
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        access: 'shared',
        link: null,
        sharedWith: null,
        listening: null,
        questions: [],
      });
      expect(read.body.preparation.answers.difficult).toBe(DIFFICULT);
      const write = await careCoordinator.put(`${base()}/held`, { held: false });
      expect(write.status).toBe(403);
      expect((await careCoordinator.get('/api/my/conversations')).body.shared).toHaveLength(1);
      // The follow-up is not shared with them: the first conversation does not show it.
      expect(read.body.followUps).toEqual([]);
    });

    it('shows a colleague given only the follow-up nothing of the conversation before it', async () => {
      const [followUp] = (await teacher.get(base())).body.followUps;
      const followUpPath = `/api/schools/${schoolId}/conversations/${followUp.id}`;
      await teacher.put(`${base()}/shares`, { userIds: [] });
      await teacher.put(`${followUpPath}/shares`, { userIds: [careId] });
      expect((await careCoordinator.get(base())).status).toBe(404);
      const read = await careCoordinator.get(followUpPath);
      expect(read.status).toBe(200);
      expect(read.body.previous).toBeNull();
      const text = await pdfText((await careCoordinator.download(`${followUpPath}/pdf`)).bytes);
      expect(text).not.toContain('ochtend naast Fenna');
      // The teacher who holds both sees the previous agreements in the follow-up.
      expect((await teacher.get(followUpPath)).body.previous.agreements).toHaveLength(1);
      await teacher.put(`${followUpPath}/shares`, { userIds: [] });
      await teacher.put(`${base()}/shares`, { userIds: [careId] });
    });

    it('keeps the teacher’s listening to the teacher, and shows it in their own overview', async () => {
      const placed = await teacher.put(`${base()}/listening`, {
        level: 3,
        note: 'Ik wilde te snel oplossen',
      });
      expect(placed.body.listening).toEqual({ level: 3, note: 'Ik wilde te snel oplossen' });
      expect((await careCoordinator.get(base())).body.listening).toBeNull();
      const mine = await teacher.get('/api/my/listening');
      expect(mine.body).toMatchObject({ conversations: 1, levels: { 3: 1 }, heard: { partly: 1 } });
      expect(mine.body.months).toEqual([
        { month: '2026-12', conversations: 1, averageLevel: 3, heardShare: 50 },
      ]);
      expect((await careCoordinator.get('/api/my/listening')).body.conversations).toBe(0);
    });

    it('exports the whole conversation as a PDF for the student file, without the teacher’s reflection', async () => {
      const pdf = await careCoordinator.download(`${base()}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
      for (const expected of [
        'Gesprek met Noor Bakker',
        'Het Baken',
        'Joris Mentor',
        'Tekenen, voetbal',
        'Een hele les doorwerken',
        WHAT,
        'Deels gelukt',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('te snel oplossen');
    });

    it('keeps everything the teacher and student wrote unreadable in the raw database', async () => {
      const rows = JSON.stringify([
        await t.services.db.selectFrom('conversations').selectAll().execute(),
        await t.services.db.selectFrom('conversation_agreements').selectAll().execute(),
      ]);
      for (const secret of [
        'Concentreren',
        'Tekenen',
        'Fenna',
        'concentreren',
        'snel oplossen',
        'doorwerken',
        token,
      ]) {
        expect(rows).not.toContain(secret);
      }
      if (dialect === 'sqlite') {
        for (const file of ['kring.db', 'kring.db-wal']) {
          const where = path.join(t.dataDir, file);
          if (!fs.existsSync(where)) continue;
          const raw = fs.readFileSync(where);
          expect(raw.includes(Buffer.from('Fenna'))).toBe(false);
          expect(raw.includes(Buffer.from('Tekenen, voetbal'))).toBe(false);
        }
      }
    });

    it('stops a revoked link, replaces a renewed one, and refuses an expired one', async () => {
      await teacher.delete(`${base()}/link`);
      expect((await student().post('/api/preparation', { token })).status).toBe(404);
      const renewed = await teacher.post(`${base()}/link`);
      const fresh = tokenOf(renewed.body.link.url);
      expect(fresh).not.toBe(token);
      expect((await student().post('/api/preparation', { token: fresh })).status).toBe(200);
      expect((await student().post('/api/preparation', { token })).status).toBe(404);
      await moveClockTo(new Date(new Date(renewed.body.link.expiresAt).getTime() + 1000).toISOString());
      const expired = await student().post('/api/preparation', { token: fresh });
      expect(expired.status).toBe(410);
      expect(expired.body.error.message).toMatch(/verlopen/);
      expect((await teacher.get(base())).body.link).toMatchObject({ state: 'expired', url: null });
    });

    it('refuses text that is not well-formed and fields it does not know, with a translated message', async () => {
      const bad = await teacher.put(`${base()}/form`, { form: { ...emptyForm, goal: 'half \uD800 teken' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toHaveProperty(['form.goal']);
      const nul = await teacher.post(`/api/schools/${schoolId}/students`, {
        name: 'Sam\u0000',
        className: '',
      });
      expect(nul.status).toBe(400);
      const extra = await teacher.put(`${base()}/questions`, { questions: [], extra: 1 });
      expect(extra.status).toBe(400);
      expect(extra.body.error.fields._ ?? Object.values(extra.body.error.fields)[0]).toBe(
        'Dit veld kent Kring niet: extra.',
      );
    });
  });
}
