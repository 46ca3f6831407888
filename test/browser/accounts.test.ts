/**
 * The flows a school depends on from day one, in a real browser: first-run setup, signing in with and
 * without two-step verification, inviting a teacher who accepts from the mail, and the language switch.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../src/modules/accounts/commands/setup.ts';
import { totpCode } from '../../src/platform/crypto/totp.ts';
import { expectAccessible, heading, launchBrowser, newDevice } from '../helpers/browser.ts';
import { buildOrganisation, buildSchool, buildTeam, buildUser } from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

describe('accounts in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sets Kring up from the printed link and lands signed in on the home page', async () => {
    const token = await issueSetupToken(t.services);
    const page = await (await newDevice(browser)).newPage();
    await page.goto(`${t.url}/inloggen`);
    expect(await heading(page)).toBe('Kring inrichten');
    await expectAccessible(page, 'setup without link');

    await page.goto(`${t.url}/inrichten#token=${token}`);
    await heading(page);
    await expectAccessible(page, 'setup');
    await page.getByRole('button', { name: 'Kring inrichten' }).click();
    await page.getByText('Dat lukte niet').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Vul dit veld in.');
    await expectAccessible(page, 'setup with errors');

    await page.getByLabel('Naam van de organisatie (bestuur)').fill('Stichting Het Anker');
    await page.getByLabel('Je naam').fill('Ada Admin');
    await page.getByLabel('E-mailadres').fill('ada@anker.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een-lang-wachtwoord');
    await page.getByLabel('Herhaal wachtwoord').fill('een-lang-wachtwoord');
    await page.getByRole('button', { name: 'Kring inrichten' }).click();
    await expect.poll(() => heading(page)).toBe('Organisatie beheren');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Er zijn nog geen scholen');
    await expectAccessible(page, 'organisation administration');

    await page.getByLabel('Naam van de school').fill('Het Anker College');
    await page.getByLabel('Soort onderwijs').selectOption('vo');
    await page.getByRole('button', { name: 'School toevoegen' }).click();
    await page
      .getByRole('link', { name: /Beheren/ })
      .first()
      .click();
    await expect.poll(() => heading(page)).toContain('Het Anker College');
    await page.getByRole('button', { name: 'Team toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam van het team').fill('Onderbouw');
    await expectAccessible(page, 'team dialog');
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('table').first().textContent()).toContain('Onderbouw');

    await page.getByRole('link', { name: 'Start' }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Ada Admin');
    await expectAccessible(page, 'home of the new administrator');
  });

  it('signs in without and with two-step verification', async () => {
    const org = await buildOrganisation(t.services);
    const school = await buildSchool(t.services, org.id, 'De Kompasroos');
    const plain = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Piet Plain',
      memberships: [{ schoolId: school.id, role: 'teacher' }],
    });
    const guarded = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Vera Vertrouwen',
      memberships: [{ schoolId: school.id, role: 'confidant' }],
      totp: true,
    });

    const page = await (await newDevice(browser, 'phone')).newPage();
    await page.goto(`${t.url}/inloggen`);
    expect(await heading(page)).toBe('Inloggen');
    await expectAccessible(page, 'login on a phone');
    await page.getByLabel('E-mailadres').fill(plain.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('verkeerd-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('horen niet bij elkaar');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(plain.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('De Kompasroos');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => heading(page)).toBe('Inloggen');

    await page.getByLabel('E-mailadres').fill(guarded.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(guarded.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const code = page.getByLabel('Code uit je app');
    await code.waitFor();
    await expectAccessible(page, 'TOTP step');
    await code.fill(totpCode(guarded.totpSecret!, new Date()));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Vera Vertrouwen');
  });

  it('invites a teacher, who accepts from the mail on another device and is signed in', async () => {
    const org = await buildOrganisation(t.services, 'Stichting Uitnodiging');
    const school = await buildSchool(t.services, org.id, 'Het Palet');
    await buildTeam(t.services, school.id, 'Bovenbouw');
    const admin = await buildUser(t.services, {
      organisationId: org.id,
      memberships: [{ schoolId: school.id, role: 'admin' }],
    });

    const laptop = await (await newDevice(browser)).newPage();
    await laptop.goto(`${t.url}/inloggen`);
    await laptop.getByLabel('E-mailadres').fill(admin.email);
    await laptop.getByLabel('Wachtwoord', { exact: true }).fill(admin.password);
    await laptop.getByRole('button', { name: 'Inloggen' }).click();
    await laptop.getByRole('main').getByText('Het Palet').first().waitFor();
    await laptop.goto(`${t.url}/beheer/scholen/${school.id}`);
    await heading(laptop);
    await laptop.getByRole('button', { name: 'Uitnodiging versturen' }).waitFor();
    await expectAccessible(laptop, 'school administration');
    const form = laptop.locator('form', {
      has: laptop.getByRole('button', { name: 'Uitnodiging versturen' }),
    });
    await form.getByLabel('E-mailadres').fill('nieuwe.docent@palet.nl');
    await form.getByLabel('Rol').selectOption('teacher');
    await form.getByLabel('Team (optioneel)').selectOption({ label: 'Bovenbouw' });
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect.poll(() => laptop.getByRole('main').textContent()).toContain('nieuwe.docent@palet.nl');

    const link = Mailbox.link(await t.mailbox.latestTo('nieuwe.docent@palet.nl'));
    const phone = await (await newDevice(browser, 'phone')).newPage();
    await phone.goto(link);
    await phone.getByRole('button', { name: 'Account maken' }).waitFor();
    await expect.poll(() => phone.getByRole('main').textContent()).toContain('Het Palet');
    await expectAccessible(phone, 'invitation');
    await phone.getByLabel('Je naam').fill('Noor Nieuw');
    await phone.getByLabel('Wachtwoord', { exact: true }).fill('mijn-nieuwe-wachtwoord');
    await phone.getByLabel('Herhaal wachtwoord').fill('mijn-nieuwe-wachtwoord');
    await phone.getByRole('button', { name: 'Account maken' }).click();
    await expect.poll(() => phone.getByRole('main').textContent()).toContain('Noor Nieuw');
    expect(await phone.getByRole('main').textContent()).toContain('Het Palet');

    await laptop.reload();
    await expect.poll(() => laptop.getByRole('main').textContent()).toContain('Noor Nieuw');
  });

  it('switches to English and remembers the choice', async () => {
    const page = await (await newDevice(browser)).newPage();
    await page.goto(`${t.url}/inloggen`);
    expect(await heading(page)).toBe('Inloggen');
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => heading(page)).toBe('Sign in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'login in English');
    await page.reload();
    expect(await heading(page)).toBe('Sign in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toMatch(/Fill in this field|Enter a valid email/);
  });
});
