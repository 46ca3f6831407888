/** Switching two-factor authentication (TOTP) on and off for one's own account. */
import { verifyPassword } from '../../../platform/crypto/passwords.ts';
import { matchTotp, newTotpSecret, totpEnrolment } from '../../../platform/crypto/totp.ts';
import type { User } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, HttpError } from '../../../server/errors.ts';
import { usersRepository } from '../repositories/users.ts';

/** Generates a new secret, kept aside until the user proves their app has it. */
export async function beginTotpEnrolment(services: Services, user: User) {
  // Replacing a working second factor must not be possible with a session alone: switch it off first.
  if (user.totp_enabled === 1) throw new HttpError(409, 'errors.totpAlreadyOn');
  const secret = newTotpSecret();
  await usersRepository(services.db).update(user.id, { totp_pending_secret: services.box.seal(secret) });
  const { uri, qrSvg } = await totpEnrolment(secret, user.email);
  return { secret, uri, qrSvg };
}

/** Switches TOTP on when the code matches the pending secret. */
export async function enableTotp(services: Services, user: User, code: string): Promise<void> {
  if (!user.totp_pending_secret) throw badRequest('errors.totpNotStarted');
  const secret = services.box.open(user.totp_pending_secret);
  const step = matchTotp(secret, code, services.clock.now());
  if (step === null) throw badRequest('errors.totpInvalid', { code: 'errors.totpInvalid' });
  await usersRepository(services.db).update(user.id, {
    totp_secret: user.totp_pending_secret,
    totp_pending_secret: null,
    totp_enabled: 1,
    totp_last_step: step,
  });
}

/** Switches TOTP off after the password is given again; refused when a role or school requires it. */
export async function disableTotp(services: Services, user: User, password: string, required: boolean) {
  if (required) throw badRequest('errors.totpCannotDisable');
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new HttpError(400, 'errors.passwordWrong', {}, { password: 'errors.passwordWrong' });
  }
  await usersRepository(services.db).update(user.id, {
    totp_secret: null,
    totp_pending_secret: null,
    totp_enabled: 0,
    totp_last_step: null,
  });
}
