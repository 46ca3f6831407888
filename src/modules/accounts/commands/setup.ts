/**
 * First run: while Kring has no account, a one-time setup token exists; its link is printed when the server
 * starts. Whoever opens it creates the organisation and becomes its first administrator.
 */

import { hashPassword } from '../../../platform/crypto/passwords.ts';
import { hashToken, newToken, safeEqual } from '../../../platform/crypto/tokens.ts';
import type { Services } from '../../../server/context.ts';
import { HttpError } from '../../../server/errors.ts';
import { normaliseEmail } from '../domain/passwords.ts';
import { organisationsRepository } from '../repositories/organisations.ts';
import { settingsRepository } from '../repositories/sessions.ts';
import { usersRepository } from '../repositories/users.ts';

export const SETUP_TOKEN_KEY = 'setup_token_hash';

/** A fresh setup token when Kring has no accounts yet (replacing any earlier one); undefined otherwise. */
export async function issueSetupToken(services: Services): Promise<string | undefined> {
  const settings = settingsRepository(services.db);
  if ((await usersRepository(services.db).count()) > 0) {
    await settings.remove(SETUP_TOKEN_KEY);
    return undefined;
  }
  const token = newToken();
  await settings.set(SETUP_TOKEN_KEY, hashToken(token));
  return token;
}

export interface SetupInput {
  token: string;
  organisationName: string;
  name: string;
  email: string;
  password: string;
  locale: 'nl' | 'en';
}

/** Creates the organisation and its first administrator, and retires the setup token. */
export async function completeSetup(services: Services, input: SetupInput) {
  const now = services.clock.now();
  const passwordHash = await hashPassword(input.password);
  return services.db.transaction().execute(async (trx) => {
    const settings = settingsRepository(trx);
    const stored = await settings.get(SETUP_TOKEN_KEY);
    if ((await usersRepository(trx).count()) > 0) throw new HttpError(409, 'errors.setupDone');
    if (!stored || !safeEqual(stored, hashToken(input.token)))
      throw new HttpError(403, 'errors.setupTokenInvalid');
    const organisation = await organisationsRepository(trx).create(input.organisationName, now);
    const user = await usersRepository(trx).create(
      {
        organisationId: organisation.id,
        email: normaliseEmail(input.email),
        name: input.name,
        passwordHash,
        locale: input.locale,
        isOrgAdmin: true,
      },
      now,
    );
    await settings.remove(SETUP_TOKEN_KEY);
    return user;
  });
}
