/** Forgotten passwords: a one-hour, one-time link by mail. Unknown addresses get the same answer, and no mail. */

import { isoAfter } from '../../../platform/clock.ts';
import { hashPassword } from '../../../platform/crypto/passwords.ts';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import { passwordResetMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { HttpError } from '../../../server/errors.ts';
import { normaliseEmail } from '../domain/passwords.ts';
import { PASSWORD_RESET_VALID_MS } from '../domain/sessionPolicy.ts';
import { membershipsOfUser } from '../repositories/memberships.ts';
import { passwordResetsRepository, sessionsRepository } from '../repositories/sessions.ts';
import { usersRepository } from '../repositories/users.ts';
import { dropConfidantKey } from './confidantKeys.ts';
import { requireLongEnough } from './passwordRule.ts';

export async function requestPasswordReset(services: Services, email: string): Promise<void> {
  const user = await usersRepository(services.db).findByEmail(normaliseEmail(email));
  if (!user) return;
  const now = services.clock.now();
  const token = newToken();
  await passwordResetsRepository(services.db).create(
    hashToken(token),
    user.id,
    isoAfter(now, PASSWORD_RESET_VALID_MS),
    now,
  );
  const link = `${services.publicUrl}/wachtwoord-herstellen#token=${token}`;
  await services.mailer.send(passwordResetMail(user.locale, user.email, link));
}

/**
 * Sets the new password, signs out every other session of the account, and returns the user id. A password too
 * short for the person's roles is refused without using up the link.
 */
export async function completePasswordReset(
  services: Services,
  token: string,
  password: string,
): Promise<string> {
  const now = services.clock.now();
  const passwordHash = await hashPassword(password);
  return services.db.transaction().execute(async (trx) => {
    const userId = await passwordResetsRepository(trx).redeem(hashToken(token), now);
    if (!userId) throw new HttpError(400, 'errors.tokenInvalid');
    requireLongEnough(
      password,
      (await membershipsOfUser(trx, userId)).map((m) => m.role),
      'password',
    );
    await usersRepository(trx).update(userId, { password_hash: passwordHash });
    await sessionsRepository(trx).removeAllOfUser(userId);
    await dropConfidantKey(trx, userId);
    return userId;
  });
}
