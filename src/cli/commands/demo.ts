/**
 * `kring demo`: a demo organisation with two schools, teams and one account per role, so a newcomer can look
 * around at once. Running it again changes nothing and prints the same sign-in details.
 */

import { SETUP_TOKEN_KEY } from '../../modules/accounts/commands/setup.ts';
import type { Role } from '../../modules/accounts/domain/roles.ts';
import { membershipsRepository } from '../../modules/accounts/repositories/memberships.ts';
import {
  organisationsRepository,
  schoolsRepository,
} from '../../modules/accounts/repositories/organisations.ts';
import { settingsRepository } from '../../modules/accounts/repositories/sessions.ts';
import { teamsRepository } from '../../modules/accounts/repositories/teams.ts';
import { usersRepository } from '../../modules/accounts/repositories/users.ts';
import { loadConfig } from '../../platform/config.ts';
import { hashPassword } from '../../platform/crypto/passwords.ts';
import { newTotpSecret } from '../../platform/crypto/totp.ts';
import { openServices } from '../../server/services.ts';

export const DEMO_PASSWORD = 'kring-demo-2026';
const DEMO_ORGANISATION = 'Stichting Voorbeeldscholen (demo)';

interface DemoAccount {
  email: string;
  name: string;
  role: Role | 'organisation admin';
}

export const demoAccounts: DemoAccount[] = [
  { email: 'bestuur@demo.kring.test', name: 'Bea Bestuur', role: 'organisation admin' },
  { email: 'beheer@demo.kring.test', name: 'Bas Beheer', role: 'admin' },
  { email: 'coordinator@demo.kring.test', name: 'Cora Coördinator', role: 'coordinator' },
  { email: 'gespreksleider@demo.kring.test', name: 'Gijs Gespreksleider', role: 'facilitator' },
  { email: 'docent@demo.kring.test', name: 'Dewi Docent', role: 'teacher' },
  { email: 'vertrouwenspersoon@demo.kring.test', name: 'Vera Vertrouwen', role: 'confidant' },
  { email: 'schoolleider@demo.kring.test', name: 'Sam Schoolleider', role: 'leader' },
];

export async function demoCommand(): Promise<void> {
  const opened = await openServices(loadConfig());
  const { db, clock, box, publicUrl } = opened.services;
  try {
    const users = usersRepository(db);
    const confidantEmail = 'vertrouwenspersoon@demo.kring.test';
    let confidant = await users.findByEmail(confidantEmail);
    if (!confidant) {
      const now = clock.now();
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const organisation = await organisationsRepository(db).create(DEMO_ORGANISATION, now);
      const schools = schoolsRepository(db);
      const college = await schools.create(organisation.id, 'Het Kompas College', 'vo', now);
      const mbo = await schools.create(organisation.id, 'Vakschool De Horizon', 'mbo', now);
      const teams = teamsRepository(db, college.id);
      const onderbouw = await teams.create('Onderbouw', now);
      await teams.create('Bovenbouw havo/vwo', now);
      await teamsRepository(db, mbo.id).create('Zorg en Welzijn', now);
      await teamsRepository(db, mbo.id).create('Techniek', now);
      for (const account of demoAccounts) {
        const user = await users.create(
          {
            organisationId: organisation.id,
            email: account.email,
            name: account.name,
            passwordHash,
            locale: 'nl',
            isOrgAdmin: account.role === 'organisation admin',
          },
          now,
        );
        if (account.role === 'organisation admin') continue;
        const teamId = account.role === 'teacher' || account.role === 'facilitator' ? onderbouw.id : null;
        await membershipsRepository(db, college.id).add(user.id, account.role, teamId, now);
        if (account.role === 'confidant' || account.role === 'leader') {
          await membershipsRepository(db, mbo.id).add(user.id, account.role, null, now);
        }
      }
      const created = (await users.findByEmail(confidantEmail))!;
      await users.update(created.id, { totp_secret: box.seal(newTotpSecret()), totp_enabled: 1 });
      confidant = await users.findByEmail(confidantEmail);
      await settingsRepository(db).remove(SETUP_TOKEN_KEY);
      console.log(`Demo-organisatie aangemaakt / Demo organisation created: ${DEMO_ORGANISATION}\n`);
    } else {
      console.log('De demo-organisatie bestaat al / The demo organisation exists already.\n');
    }
    const secret = box.open(confidant!.totp_secret!);
    console.log(`Log in op / Sign in at ${publicUrl}/inloggen with password "${DEMO_PASSWORD}":\n`);
    for (const a of demoAccounts) console.log(`  ${a.role.padEnd(20)} ${a.email}`);
    console.log(
      `\nDe vertrouwenspersoon gebruikt tweestapsverificatie. Zet deze sleutel in je authenticator-app:\n` +
        `The confidant uses two-step verification. Add this key to your authenticator app:\n\n  ${secret}\n`,
    );
  } finally {
    await opened.close();
  }
}
