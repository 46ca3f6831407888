/**
 * A mirror conversation in real browsers: the coordinator plans and opens it, the facilitator runs it from a
 * laptop, a projector shows it to the room, and six phones (four students, two teachers) follow along through
 * the opening and rounds 1–4. Every screen shows the same phase, question and time; round 4's groups are mixed;
 * axe finds nothing on any of the views.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newDevice } from '../helpers/browser.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildTeam,
  buildUser,
} from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

async function signIn(context: BrowserContext, t: TestApp, who: BuiltUser): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${t.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return page;
}

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const seconds = (clock: string) => {
  const [m, s] = clock.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

describe('a mirror conversation on a laptop, a projector and six phones', () => {
  let t: TestApp;
  let browser: Browser;
  let coordinator: BuiltUser;
  let facilitator: BuiltUser;
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
    await buildUser(t.services, {
      organisationId: org.id,
      name: 'Daan Docent',
      memberships: [{ schoolId, role: 'teacher', teamId: team.id }],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('is planned, run and followed by everyone in step', async () => {
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

    // Six phones join with the code.
    const phones: Page[] = [];
    const people = [
      ['Ayla', 'voices'],
      ['Bram', 'voices'],
      ['Chris', 'voices'],
      ['Dina', 'voices'],
      ['Meneer Ed', 'listeners'],
      ['Mevrouw Fe', 'listeners'],
    ] as const;
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
        expect(await phones[4]!.getByRole('main').textContent()).toContain('Je luistert nu');
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
    await expectAccessible(phones[4]!, 'phone, groups');

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

    // Together in round 5: the texts go up on the projector.
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => projector.getByTestId('recommendations').textContent()).toContain('gescholden');
    await expectAccessible(projector, 'projector, round 5');

    // Round 5: a cluster, the post-it moved into it by keyboard-friendly select, then dot voting from the phones.
    await consolePage.getByLabel('Titel', { exact: true }).fill('Veilig in de klas');
    await consolePage.getByRole('button', { name: 'Cluster maken', exact: true }).click();
    const board = consolePage.getByTestId('cluster-board');
    await board.getByRole('group', { name: 'Veilig in de klas' }).waitFor();
    await board.getByLabel('Verplaats naar').first().selectOption({ label: 'Veilig in de klas' });
    await expect
      .poll(() => board.getByRole('group', { name: 'Veilig in de klas' }).textContent())
      .toContain('gescholden');
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
    await consolePage.getByRole('button', { name: 'Stemmen sluiten' }).click();

    await consolePage.getByRole('button', { name: 'Vorige fase' }).click();

    // Going back loses nothing.
    await consolePage.getByRole('button', { name: 'Vorige fase' }).click();
    await expect.poll(() => text(phones[0]!, 'phase-title')).toMatch(/Ronde 3/);
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => groupOf(phones[0]!)).toBe(groups[0]);
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
