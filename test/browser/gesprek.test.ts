/**
 * A teacher–student conversation from start to follow-up (PRODUCT G1–G4), on two devices: the teacher starts it
 * on a laptop with a student from the school's list, the student prepares on a phone with the personal link (saves,
 * comes back, says they are done), the teacher writes their questions with the question coach, teacher and student
 * fill in the form together on the teacher's screen with the preparation beside it and make an agreement with a
 * day to look back; on that day (clock moved) the reminder mail arrives, the follow-up starts from the previous
 * agreement, which is looked back on; the PDF for the student file is downloaded and read. axe checks every page.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekTick } from '../../src/modules/gesprek/commands/tick.ts';
import { importStudents } from '../../src/modules/gesprek/repositories/students.ts';
import { expectAccessible, heading, launchBrowser, newDevice, signInOnPage } from '../helpers/browser.ts';
import { type BuiltUser, buildOrganisation, buildSchool, buildUser } from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { pdfText } from '../helpers/pdf.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const DIFFICULT = 'Als het druk is in de klas, lukt werken niet';
const GOOD_AT = 'Tekenen en voetballen';
const GOAL = 'Een hele les doorwerken met de koptelefoon op';
const AGREEMENT = 'Koptelefoon gebruiken bij zelfstandig werken';

describe('a conversation with a student, prepared at home and followed up', () => {
  let t: TestApp;
  let browser: Browser;
  let teacher: BuiltUser;
  let page: Page;
  let link = '';
  let conversationUrl = '';

  beforeAll(async () => {
    t = await startTestApp('sqlite', { manualClock: true });
    t.clock.set(new Date('2026-12-01T08:00:00Z'));
    browser = await launchBrowser();
    const org = await buildOrganisation(t.services);
    const school = await buildSchool(t.services, org.id, 'Het Baken');
    teacher = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Joris Mentor',
      memberships: [{ schoolId: school.id, role: 'teacher' }],
    });
    await importStudents(
      t.services.db,
      school.id,
      [
        { externalId: '1', name: 'Noor Bakker', className: '1C' },
        { externalId: '2', name: 'Nora Bakker', className: '2A' },
        { externalId: '3', name: 'Milan Visser', className: '1C' },
      ],
      teacher.user.id,
      t.services.clock.now(),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('starts a conversation with a student from the list and gives a personal link', async () => {
    page = await signInOnPage(await newDevice(browser), t.url, teacher);
    await page
      .getByRole('navigation', { name: /Hoofdmenu|menu/i })
      .getByRole('link', { name: 'Gesprekken' })
      .click();
    await expect.poll(() => heading(page)).toBe('Gesprekken met leerlingen');
    await expectAccessible(page, 'the conversations, empty');
    await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
    await expect.poll(() => heading(page)).toBe('Nieuw gesprek met een leerling');
    await page.getByLabel('Zoek op naam of klas').fill('noor');
    await page.getByText('1 leerlingen gevonden.').waitFor();
    await page.getByLabel(/Noor Bakker/).check();
    await page
      .getByLabel('Waar wil je het over hebben?')
      .fill('Samen kijken wat je helpt om je in de les te concentreren.');
    await page.getByLabel('Voorgestelde datum en tijd').fill('2026-12-08T10:30');
    await expectAccessible(page, 'new conversation');
    await page.getByRole('button', { name: 'Gesprek aanmaken' }).click();
    await expect.poll(() => heading(page)).toBe('Gesprek met Noor Bakker');
    conversationUrl = page.url();
    link = await page.getByLabel('Persoonlijke link').inputValue();
    expect(link).toMatch(/\/voorbereiden#token=[\w-]{43}$/);
    await page.getByTestId('preparation-state').getByText('De leerling heeft nog niets ingevuld.').waitFor();
    await expectAccessible(page, 'conversation page before preparation');
  });

  it('lets the student prepare on a phone, save, come back and say they are done', async () => {
    const phone = await newDevice(browser, 'phone');
    const student = await phone.newPage();
    await student.goto(link);
    await expect.poll(() => heading(student)).toBe('Voorbereiding op je gesprek');
    await student.getByText('Samen kijken wat je helpt om je in de les te concentreren.').waitFor();
    await student.getByText(/Joris Mentor wil graag met je in gesprek/).waitFor();
    await expectAccessible(student, 'the preparation on a phone');
    await student
      .getByRole('group', { name: 'Wil je hierover in gesprek?' })
      .getByLabel('Ja', { exact: true })
      .check();
    await student.getByLabel('Wat is voor jou lastig, en op welke momenten?').fill(DIFFICULT);
    await student.getByRole('button', { name: 'Tussendoor opslaan' }).click();
    await student.getByTestId('saved-at').waitFor();
    // Later, on the same link: the answers are still there.
    await student.reload();
    await expect
      .poll(() => student.getByLabel('Wat is voor jou lastig, en op welke momenten?').inputValue())
      .toBe(DIFFICULT);
    await student.getByLabel('Waar ben je goed in? Welke sterke kanten heb je?').fill(GOOD_AT);
    await student.getByRole('button', { name: 'Klaar: laat Joris Mentor het lezen' }).click();
    await student.getByText(/Je bent klaar/).waitFor();
    await expectAccessible(student, 'the preparation, done');
    await phone.close();
  });

  it('shows the teacher the preparation and coaches their questions', async () => {
    await page.reload();
    await page
      .getByTestId('preparation-state')
      .getByText(/klaar gemeld/)
      .waitFor();
    await page.getByRole('main').getByText(GOOD_AT).waitFor();
    const questions = page.getByLabel('Vragen, één per regel');
    await questions.fill('Vind je het moeilijk om je te concentreren?\nWie helpt jou?');
    await page.getByText(/Opener is: 'Wat maakt het moeilijk om je te concentreren\?'/).waitFor();
    await expectAccessible(page, 'the question coach');
    await page.getByRole('button', { name: 'Deze gebruiken' }).click();
    expect(await questions.inputValue()).toBe(
      'Wat maakt het moeilijk om je te concentreren?\nWie helpt jou?',
    );
    await page.getByRole('button', { name: 'Vragen opslaan' }).click();
    await page.getByText('Je vragen zijn opgeslagen.').waitFor();
  });

  it('fills in the form together on one screen, with the preparation beside it, and makes an agreement', async () => {
    await page.getByRole('link', { name: 'Gesprek voeren' }).click();
    await expect.poll(() => heading(page)).toBe('Gesprek met Noor Bakker');
    const beside = (part: string) =>
      page.getByRole('complementary', { name: `Uit de voorbereiding van Noor Bakker: ${part}`, exact: true });
    await beside('De lastige situatie').getByText(DIFFICULT).waitFor();
    await beside('Sterke kanten').getByText(GOOD_AT).waitFor();
    await expectAccessible(page, 'the shared screen');
    await page.getByLabel('Wat is lastig voor de leerling, en waardoor komt dat?').fill(DIFFICULT);
    await page.getByLabel('Wat willen we samen bereiken? Wat zien of horen we als het gelukt is?').fill(GOAL);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
    await page.getByText('Opgeslagen', { exact: true }).first().waitFor();

    await page.getByLabel('Wat gaan we doen?').fill(AGREEMENT);
    await page.getByLabel('Wie doet het?').selectOption('student');
    await page.getByLabel('Hoe?', { exact: true }).fill('Koptelefoon ligt in het kluisje');
    await page.getByLabel('Wanneer kijken we terug?').fill('2026-12-15');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByText('De afspraak is toegevoegd.').waitFor();
    await page.getByRole('main').getByText(AGREEMENT).waitFor();

    await page
      .getByRole('group', { name: 'Hebben we bereikt wat we met dit gesprek wilden?' })
      .getByLabel('Ja')
      .check();
    await page.getByRole('group', { name: 'Was het een prettig gesprek?' }).getByLabel('Ja').check();
    await page
      .getByRole('group', { name: /goed naar je geluisterd/ })
      .getByLabel('Ja')
      .check();
    await expectAccessible(page, 'the shared screen, filled in');
    await page.getByRole('button', { name: 'Opslaan en gesprek afronden' }).click();
    await page.waitForURL(conversationUrl);
    await page.getByText(/Gehouden, afgerond op/).waitFor();
    // Only the teacher places themselves on the four levels; it stays theirs.
    await page
      .getByRole('group', { name: 'Op welk niveau luisterde ik?' })
      .getByLabel(/Nieuwsgierig/)
      .check();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Je terugblik op je luisteren is opgeslagen.').waitFor();
    await expectAccessible(page, 'conversation page after the conversation');
  });

  it('reminds the teacher on the day to look back, and the follow-up starts from the agreement', async () => {
    t.clock.set(new Date('2026-12-15T06:00:00Z'));
    expect((await gesprekTick(t.services)).reminded).toBe(1);
    const mail = await t.mailbox.latestTo(teacher.email);
    expect(mail.subject).toBe('Een afspraak uit een leerlinggesprek is toe aan een terugblik');
    expect(mail.text).not.toContain('Noor');
    expect(mail.text).not.toContain('Koptelefoon');
    // A week and more later the browser's session has ended: the teacher signs in again and follows the mail.
    page = await signInOnPage(await newDevice(browser), t.url, teacher);
    await page.goto(Mailbox.link(mail));
    await expect.poll(() => heading(page)).toBe('Gesprekken met leerlingen');
    const due = page.getByRole('region', { name: 'Afspraken om op terug te kijken' });
    await due.getByText(AGREEMENT).waitFor();
    await expectAccessible(page, 'the conversations with an agreement due');
    await due.getByRole('link', { name: 'Vervolggesprek plannen' }).click();
    await expect.poll(() => heading(page)).toBe('Vervolggesprek plannen');
    await page.getByText(/volgt op het gesprek met Noor Bakker/).waitFor();
    await page.getByLabel('Voorgestelde datum en tijd').fill('2026-12-16T10:30');
    await expectAccessible(page, 'planning the follow-up');
    await page.getByRole('button', { name: 'Gesprek aanmaken' }).click();
    await expect.poll(() => heading(page)).toBe('Gesprek met Noor Bakker');
    await page
      .getByRole('region', { name: /Afspraken uit het vorige gesprek/ })
      .getByText(AGREEMENT)
      .waitFor();

    await page.getByRole('link', { name: 'Gesprek voeren' }).click();
    const review = page.getByRole('region', { name: /Terugblik op de afspraken van/ });
    await review.getByText(AGREEMENT).waitFor();
    await review.getByLabel('Deels gelukt').check();
    await review.getByLabel('Wat ging goed, wat nog niet?').fill('Op maandag lukt het al');
    await expectAccessible(page, 'looking back in the follow-up');
    await review.getByRole('button', { name: 'Terugblik opslaan' }).click();
    await page.getByText('De terugblik is opgeslagen.').waitFor();
  });

  it('downloads the whole conversation as a PDF for the student file', async () => {
    await page.goto(conversationUrl);
    await expect.poll(() => heading(page)).toBe('Gesprek met Noor Bakker');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF voor het leerlingdossier' }).click(),
    ]);
    const text = (await pdfText(fs.readFileSync(await download.path()))).replace(/\s+/g, ' ');
    for (const expected of [
      'Gesprek met Noor Bakker',
      'Joris Mentor',
      DIFFICULT,
      GOOD_AT,
      GOAL,
      AGREEMENT,
      'Deels gelukt. Op maandag lukt het al',
    ]) {
      expect(text).toContain(expected);
    }
    // The teacher's own reflection on their listening stays out of the student file.
    expect(text).not.toContain('Nieuwsgierig');
    expect(text).not.toContain('te snel oplossen');
  });
});
