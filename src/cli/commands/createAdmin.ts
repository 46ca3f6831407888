/** `kring create-admin`: an organisation administrator who chooses their own password through a link. */
import { randomBytes } from 'node:crypto';
import { SETUP_TOKEN_KEY } from '../../modules/accounts/commands/setup.ts';
import { normaliseEmail } from '../../modules/accounts/domain/passwords.ts';
import { organisationsRepository } from '../../modules/accounts/repositories/organisations.ts';
import {
  passwordResetsRepository,
  settingsRepository,
} from '../../modules/accounts/repositories/sessions.ts';
import { usersRepository } from '../../modules/accounts/repositories/users.ts';
import { DAY, isoAfter } from '../../platform/clock.ts';
import { loadConfig } from '../../platform/config.ts';
import { hashPassword } from '../../platform/crypto/passwords.ts';
import { hashToken, newToken } from '../../platform/crypto/tokens.ts';
import { openServices } from '../../server/services.ts';

interface Options {
  email: string;
  name: string;
  organisation?: string;
}

export async function createAdminCommand(options: Options): Promise<void> {
  const opened = await openServices(loadConfig());
  const { db, clock, publicUrl } = opened.services;
  try {
    const now = clock.now();
    const email = normaliseEmail(options.email);
    const users = usersRepository(db);
    if (await users.findByEmail(email)) throw new Error(`An account for ${email} exists already.`);
    const existing = await db.selectFrom('organisations').selectAll().orderBy('created_at').execute();
    let organisationId = existing[0]?.id;
    if (existing.length > 1)
      throw new Error('More than one organisation exists; create the administrator in the app.');
    if (!organisationId) {
      if (!options.organisation) throw new Error('No organisation exists yet: pass --organisation "<name>".');
      organisationId = (await organisationsRepository(db).create(options.organisation, now)).id;
    }
    // An unguessable password nobody knows; the administrator sets their own through the link.
    const passwordHash = await hashPassword(randomBytes(32).toString('hex'));
    const user = await users.create(
      { organisationId, email, name: options.name, passwordHash, locale: 'nl', isOrgAdmin: true },
      now,
    );
    await settingsRepository(db).remove(SETUP_TOKEN_KEY);
    const token = newToken();
    await passwordResetsRepository(db).create(hashToken(token), user.id, isoAfter(now, DAY), now);
    console.log(
      `Beheerder aangemaakt / Administrator created: ${email}\n` +
        'Kies binnen 24 uur een wachtwoord via / Choose a password within 24 hours at:\n\n' +
        `  ${publicUrl}/wachtwoord-herstellen#token=${token}\n`,
    );
  } finally {
    await opened.close();
  }
}
