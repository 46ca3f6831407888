/**
 * A whole mirror conversation in real browsers, from planning to report: the coordinator plans and opens it,
 * the facilitator runs it from a laptop, a projector shows it to the room, and eight phones (six students, two
 * teachers) follow along. Every screen shows the same phase, question and time; round 4's groups are mixed and
 * write post-its (one typed in from paper); round 5 clusters them by keyboard, votes and makes an action with an
 * owner; every phone evaluates; the session closes; the report's PDF names nobody; a phone follows progress
 * through its link after closing, and the owner updates the action from their home page. axe checks every view.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newDevice, signInOnPage } from '../helpers/browser.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildTeam,
  buildUser,
} from '../helpers/factories.ts';
import { pdfText } from '../helpers/pdf.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const signIn = (context: BrowserContext, t: TestApp, who: BuiltUser) => signInOnPage(context, t.url, who);

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const seconds = (clock: string) => {
  const [m, s] = clock.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

describe('a mirror conversation on a laptop, a projector and eight phones', () => {
  let t: TestApp;
  let browser: Browser;
  let coordinator: BuiltUser;
  let facilitator: BuiltUser;
  let teacher: BuiltUser;
  let schoolId: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    browser = await launchBrowser();
    const org = await buildOrganisation(t.services);
    schoolId = (await buildSchool(t.services, org.id, 'De Spiegel')).id;
    const team = await buildTeam(t.services, schoolId, 'Bovenbouw');
    coordinator = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Cor Coördinator',
      memberships: [{ schoolId, role: 'coordinator' }],
    });
    facilitator = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Fenna Gespreksleider',
      memberships: [{ schoolId, role: 'facilitator' }],
    });
    teacher = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Daan Docent',
      memberships: [{ schoolId, role: 'teacher', teamId: team.id }],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('is planned, run, closed and followed up by everyone in step', { timeout: 240_000 }, async () => {
    // Planning, by the coordinator.
    const plan = await signIn(await newDevice(browser), t, coordinator);
    await plan.goto(`${t.url}/spiegel/${schoolId}/nieuw`);
    await heading(plan);
    await plan.getByLabel('Sjabloon').selectOption('gender-diversiteit');
    await plan.getByLabel('Titel').fill('Spiegelgesprek bovenbouw');
    await plan.getByLabel('Team van de toehoorders').selectOption({ label: 'Bovenbouw' });
    await plan.getByLabel('Datum en tijd').fill('2026-12-03T13:30');
    await plan.getByLabel('Plaats').fill('Aula');
    await plan.getByLabel('Fenna Gespreksleider').check();
    await plan.getByLabel(/Aantal leerlingen/).fill('4');
    await plan.getByLabel(/Aantal docenten/).fill('2');
    await expect.poll(() => plan.getByRole('main').textContent()).toMatch(/8 tot 15/);
    await expectAccessible(plan, 'plan form with a warning');
    await plan.getByRole('button', { name: 'Plannen' }).click();
    await expect.poll(() => heading(plan)).toBe('Spiegelgesprek bovenbouw');
    await expectAccessible(plan, 'session page');
    await plan.getByRole('button', { name: 'Gesprek openen' }).click();
    await plan.getByRole('link', { name: 'Naar de gespreksleiding' }).waitFor();
    const sessionUrl = plan.url();

    // The facilitator's console, and the projector (the coordinator's laptop on the projector).
    const consolePage = await signIn(await newDevice(browser), t, facilitator);
    await consolePage.goto(`${sessionUrl}/leiden`);
    await consolePage.getByTestId('join-code').waitFor();
    const code = (await text(consolePage, 'join-code')).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const projector = await plan.context().newPage();
    await projector.goto(`${sessionUrl}/scherm`);
    await projector.getByTestId('phase-title').waitFor();
    expect(await projector.getByRole('main').textContent()).toContain(code);

    // Eight phones join with the code.
    const phones: Page[] = [];
    const people = [
      ['Ayla Vink', 'voices'],
      ['Bram Otter', 'voices'],
      ['Chris Mees', 'voices'],
      ['Dina Wouw', 'voices'],
      ['Evi Reiger', 'voices'],
      ['Finn Gaai', 'voices'],
      ['Meneer Ed Uil', 'listeners'],
      ['Mevrouw Fe Kraai', 'listeners'],
    ] as const;
    const teacherPhone = 6;
    for (const [name, side] of people) {
      const phone = await (await newDevice(browser, 'phone')).newPage();
      await phone.goto(`${t.url}/doe-mee#code=${code}`);
      await phone.getByRole('button', { name: 'Meedoen' }).waitFor();
      if (phones.length === 0) await expectAccessible(phone, 'join form');
      await phone.getByLabel(side === 'voices' ? 'Leerling of deelnemer' : 'Docent of toehoorder').check();
      await phone.getByLabel('Naam (mag je leeg laten)').fill(name);
      await phone.getByRole('button', { name: 'Meedoen' }).click();
      await phone.getByTestId('phase-title').waitFor();
      phones.push(phone);
    }
    await expect.poll(() => consolePage.getByRole('main').textContent()).toContain('Mevrouw Fe');
    const screens = [consolePage, projector, ...phones];

    /** Every screen shows the same phase, question and (within two seconds) the same time. */
    const inStep = async () => {
      const title = await text(consolePage, 'phase-title');
      for (const screen of screens) await expect.poll(() => text(screen, 'phase-title')).toBe(title);
      const question = await text(projector, 'question');
      for (const screen of phones) await expect.poll(() => text(screen, 'question')).toBe(question);
      const times = await Promise.all(screens.map((s) => text(s, 'timer')));
      const values = times.map(seconds);
      expect(Math.max(...values) - Math.min(...values), times.join(' ')).toBeLessThanOrEqual(2);
      return title;
    };

    expect(await inStep()).toMatch(/Welkom/);
    // The group agrees its rules: the facilitator adds one, and every screen has it.
    await consolePage.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await consolePage
      .getByLabel(/^Afspraak \d+$/)
      .last()
      .fill('Wat hier gezegd wordt, blijft hier');
    await consolePage.getByRole('button', { name: 'Regels opslaan' }).click();
    for (const screen of [projector, ...phones])
      await expect.poll(() => screen.getByRole('main').textContent()).toContain('blijft hier');
    await expectAccessible(consolePage, 'console, opening');
    await expectAccessible(projector, 'projector, opening');
    await expectAccessible(phones[0]!, 'phone, opening');

    for (const round of [1, 2, 3, 4]) {
      await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
      await expect.poll(() => text(consolePage, 'phase-title')).toMatch(new RegExp(`Ronde ${round}`));
      const full = seconds(await text(projector, 'timer'));
      await consolePage.getByRole('button', { name: 'Start' }).click();
      await expect.poll(async () => seconds(await text(projector, 'timer'))).toBeLessThan(full);
      await inStep();
      if (round === 1) {
        // Students speak, teachers listen: each phone tells its owner which they are.
        expect(await phones[teacherPhone]!.getByRole('main').textContent()).toContain('Je luistert nu');
        expect(await phones[0]!.getByRole('main').textContent()).not.toContain('Je luistert nu');
      }
    }
    // Round 4: mixed groups, each phone showing its own.
    await consolePage.getByRole('button', { name: 'Groepjes indelen' }).click();
    const groupOf = async (phone: Page) => {
      await phone.getByTestId('my-group').waitFor();
      return ((await phone.getByTestId('my-group').textContent()) ?? '').trim();
    };
    const groups = await Promise.all(phones.map(groupOf));
    for (const [i, group] of groups.entries()) {
      expect(group, `${people[i]![0]}'s group`).toContain(people[i]![0]);
      expect(group).toMatch(/Meneer Ed|Mevrouw Fe/);
      const members = people.filter(([name]) => group.includes(name));
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(4);
    }
    await expectAccessible(consolePage, 'console, groups');
    await expectAccessible(projector, 'projector, groups');
    await expectAccessible(phones[teacherPhone]!, 'phone, groups');

    // Recommendations: Ayla's group writes one; her group sees it, another group does not, the room sees a count.
    const ayla = phones[0]!;
    await ayla.getByLabel('Voor wie').selectOption('teachers');
    await ayla.getByLabel('Jullie aanbeveling').fill('Spreek leerlingen direct aan als er gescholden wordt');
    await ayla.getByRole('button', { name: 'Plakken' }).click();
    const mateIndex = people.findIndex(([name], i) => i !== 0 && groups[0]!.includes(name));
    const otherIndex = people.findIndex(([name]) => !groups[0]!.includes(name));
    await expect
      .poll(() => phones[mateIndex]!.getByTestId('recommendations').textContent())
      .toContain('gescholden');
    await expect.poll(() => consolePage.getByTestId('recommendations').textContent()).toContain('gescholden');
    await expect.poll(() => projector.getByTestId('recommendation-counts').textContent()).toMatch(/1/);
    expect(await projector.getByRole('main').textContent()).not.toContain('gescholden');
    expect((await phones[otherIndex]!.getByRole('main').textContent()) ?? '').not.toContain('gescholden');
    await expectAccessible(ayla, 'phone with a post-it');
    await expectAccessible(projector, 'projector with counts');

    // A group without phones wrote on paper: the facilitator types it in for them.
    const paper = consolePage.locator('form', { has: consolePage.getByLabel('Tekst van de post-it') });
    await paper.getByLabel('Groepje').selectOption({ index: 2 });
    await paper.getByLabel('Voor wie').selectOption('leadership');
    await paper
      .getByLabel('Tekst van de post-it')
      .fill('Maak een vast aanspreekpunt voor pesten op het rooster');
    await paper.getByRole('button', { name: 'Toevoegen' }).click();
    await expect
      .poll(() => consolePage.getByTestId('recommendations').textContent())
      .toContain('aanspreekpunt');

    // Together in round 5: the texts go up on the projector.
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => projector.getByTestId('recommendations').textContent()).toContain('gescholden');
    await expectAccessible(projector, 'projector, round 5');

    // Round 5: a cluster, and both post-its moved into it with the keyboard alone.
    await consolePage.getByLabel('Titel', { exact: true }).fill('Veilig in de klas');
    await consolePage.getByRole('button', { name: 'Cluster maken', exact: true }).click();
    const board = consolePage.getByTestId('cluster-board');
    const cluster = board.getByRole('group', { name: 'Veilig in de klas' });
    await cluster.waitFor();
    for (const words of ['gescholden', 'aanspreekpunt']) {
      await board.getByLabel('Verplaats naar').first().focus();
      await consolePage.keyboard.press('ArrowDown');
      await expect.poll(() => cluster.textContent()).toContain(words);
    }
    await expectAccessible(consolePage, 'console, clusters');
    await consolePage.getByRole('button', { name: 'Stemmen openen' }).click();
    await ayla.getByTestId('votes-left').waitFor();
    await expectAccessible(ayla, 'phone, voting');
    await ayla.getByRole('button', { name: 'Stem geven op Veilig in de klas' }).click();
    await expect.poll(() => ayla.getByTestId('votes-left').textContent()).toMatch(/nog 2 van 3/);
    await expect
      .poll(() => projector.getByTestId('ranking').first().textContent())
      .toMatch(/Veilig in de klas.*1 stem/);
    await expectAccessible(projector, 'projector, ranking');
    for (const phone of phones.slice(1, 5))
      await phone.getByRole('button', { name: 'Stem geven op Veilig in de klas' }).click();
    await expect
      .poll(() => projector.getByTestId('ranking').first().textContent())
      .toMatch(/Veilig in de klas.*5 stemmen/);
    await consolePage.getByRole('button', { name: 'Stemmen sluiten' }).click();

    // Going back loses nothing.
    await consolePage.getByRole('button', { name: 'Vorige fase' }).click();
    await consolePage.getByRole('button', { name: 'Vorige fase' }).click();
    await expect.poll(() => text(phones[0]!, 'phase-title')).toMatch(/Ronde 3/);
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => groupOf(phones[0]!)).toBe(groups[0]);
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => text(consolePage, 'phase-title')).toMatch(/Ronde 5/);

    // The cluster becomes an action with an owner; the group names a lead and a contact person.
    const actionPlan = consolePage.locator('section', {
      has: consolePage.getByRole('heading', { name: 'Actieplan', level: 2 }),
    });
    await actionPlan.getByLabel('Uit welk cluster?').selectOption({ label: '1. Veilig in de klas' });
    await expect
      .poll(() => actionPlan.getByLabel('Wat gaat er gebeuren?').inputValue())
      .toBe('Veilig in de klas');
    await actionPlan.getByLabel('Wat gaat er gebeuren?').fill('Elke mentor bespreekt schelden in de klas');
    await actionPlan.getByLabel('Voor wie').selectOption('teachers');
    await actionPlan.getByLabel('Een persoon').check();
    await actionPlan.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Daan Docent' });
    await actionPlan.getByLabel('Klaar op (mag leeg)').fill('2027-01-31');
    await actionPlan.getByRole('button', { name: 'Actie toevoegen' }).click();
    await actionPlan.getByRole('article', { name: 'Elke mentor bespreekt schelden in de klas' }).waitFor();
    await actionPlan.getByLabel('Trekker van het actieplan').selectOption({ label: 'Cor Coördinator' });
    await actionPlan.getByLabel('Contactpersoon').selectOption({ label: 'Daan Docent' });
    await actionPlan.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await consolePage.getByText('Opvolging opgeslagen.').waitFor();
    await expectAccessible(consolePage, 'console, action plan');

    // The closing: every phone evaluates; one asks for aftercare, one asks to stay informed.
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('button', { name: 'Evaluatie versturen' }).waitFor();
      if (i === 0) await expectAccessible(phone, 'phone, evaluation');
      await phone
        .getByRole('group', { name: 'Hoe ging het gesprek?' })
        .getByLabel('4', { exact: true })
        .check();
      await phone
        .getByRole('group', { name: 'Voelde het veilig om open te praten?' })
        .getByLabel('Ja')
        .check();
      if (i === 0) {
        await phone.getByLabel('Ja, ik heb iets nodig').check();
        await phone.getByLabel('Wat wil je kwijt? (mag je leeg laten)').fill('Ik wil graag even napraten');
      }
      await phone.getByRole('button', { name: 'Evaluatie versturen' }).click();
      await phone.getByTestId('evaluation-thanks').waitFor();
    }
    const follower = phones[1]!;
    await follower.getByRole('button', { name: 'Link naar de voortgang maken' }).click();
    await follower.getByTestId('progress-link').waitFor();
    await expectAccessible(follower, 'phone, thanks and progress link');

    // The coordinator closes the conversation and reads the evaluation and the report.
    await plan.getByRole('button', { name: 'Gesprek afsluiten' }).click();
    await plan.getByRole('dialog').getByRole('button', { name: 'Gesprek afsluiten' }).click();
    await plan.getByText('Het gesprek is afgesloten.').first().waitFor();
    await expect.poll(() => plan.getByTestId('evaluation-summary').textContent()).toMatch(/8/);
    await expectAccessible(plan, 'session page, closed');
    await plan.getByRole('link', { name: 'Verslag bekijken' }).click();
    await expect.poll(() => heading(plan)).toBe('Verslag: Spiegelgesprek bovenbouw');
    await expectAccessible(plan, 'report page');
    const [download] = await Promise.all([
      plan.waitForEvent('download'),
      plan.getByRole('link', { name: 'Verslag als PDF' }).click(),
    ]);
    const pdf = await pdfText(fs.readFileSync(await download.path()));
    for (const words of [
      'Spiegelgesprek bovenbouw',
      'Veilig in de klas',
      'gescholden',
      'Daan Docent',
      'Actieplan',
    ])
      expect(pdf).toContain(words);
    for (const [name] of people) expect(pdf).not.toContain(name);

    // After closing, a phone follows the plan through its link, without an account.
    await expect.poll(() => follower.getByRole('main').textContent()).toContain('afgelopen');
    await follower.getByTestId('progress-link').getByRole('link').click();
    await expect
      .poll(() => follower.getByTestId('progress-actions').textContent())
      .toContain('Elke mentor bespreekt schelden in de klas');
    await expectAccessible(follower, 'progress page');

    // The owner updates the action from the home page; the contact person there sees the request for aftercare.
    const home = await signIn(await newDevice(browser), t, teacher);
    const mine = home
      .locator('section', { has: home.getByRole('heading', { name: 'Mijn acties' }) })
      .getByRole('article', { name: 'Elke mentor bespreekt schelden in de klas' });
    await mine.getByLabel('Status', { exact: true }).selectOption('inProgress');
    await mine.getByLabel('Toelichting (mag leeg)').fill('Besproken in de eerste mentorles');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await home.getByText('Status opgeslagen.').waitFor();
    const aftercare = home.locator('section', {
      has: home.getByRole('heading', { name: 'Nazorgverzoeken' }),
    });
    await aftercare.getByText('Ik wil graag even napraten').waitFor();
    await expectAccessible(home, 'home page with actions and aftercare');
    await follower.reload();
    await expect
      .poll(() => follower.getByTestId('progress-actions').textContent())
      .toContain('Besproken in de eerste mentorles');
  });

  it('lets a school copy a template and add its own question', async () => {
    const page = await signIn(await newDevice(browser), t, coordinator);
    await page.goto(`${t.url}/spiegel/${schoolId}/sjablonen`);
    await heading(page);
    await page
      .getByRole('button', { name: /Kopiëren/ })
      .first()
      .click();
    await expect.poll(() => heading(page)).toMatch(/Sjabloon bewerken/);
    const round1 = page.locator('fieldset', { has: page.locator('legend', { hasText: /Ronde 1/ }) }).first();
    await round1.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    await round1.getByLabel('Vraag 9', { exact: true }).fill('Wat wil je de mentoren nog meegeven?');
    await expectAccessible(page, 'template editor');
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await expect.poll(() => page.getByText('Het sjabloon is opgeslagen.').count()).toBeGreaterThan(0);
    const saved = await t.services.db
      .selectFrom('mirror_templates')
      .select('definition')
      .where('school_id', '=', schoolId)
      .execute();
    expect(saved.some((row) => row.definition.includes('Wat wil je de mentoren nog meegeven?'))).toBe(true);
  });
});
