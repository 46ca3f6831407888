/** Signing in with email and password, then (when switched on) a TOTP code. */
import { dummyHash, verifyPassword } from '../../../platform/crypto/passwords.ts';
import { matchTotp } from '../../../platform/crypto/totp.ts';
import type { User } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, HttpError } from '../../../server/errors.ts';
import { normaliseEmail } from '../domain/passwords.ts';
import { usersRepository } from '../repositories/users.ts';

/** The user whose password this is, or a 401 that does not say which half was wrong. */
export async function checkPassword(services: Services, email: string, password: string): Promise<User> {
  const user = await usersRepository(services.db).findByEmail(normaliseEmail(email));
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
  if (!user || !ok) throw new HttpError(401, 'errors.loginFailed');
  return user;
}

/** Checks a TOTP code against the user's enabled secret; a code can be used once. */
export async function checkTotp(services: Services, user: User, code: string): Promise<void> {
  if (!user.totp_secret) throw badRequest('errors.totpInvalid');
  const step = matchTotp(services.box.open(user.totp_secret), code, services.clock.now());
  if (step === null || !(await usersRepository(services.db).claimTotpStep(user.id, step))) {
    throw badRequest('errors.totpInvalid', { code: 'errors.totpInvalid' });
  }
}
