/** Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), as every authenticator app reads them. */
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, label = '', issuer = 'Kring') {
  return new OTPAuth.TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });
}

/**
 * Checks a code against the secret at `now`, allowing one step of clock drift either way.
 * Returns the time step it matched, or null. Callers refuse a step at or before the last accepted one.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const delta = totp(secret).validate({
    token: code.replace(/\s/g, ''),
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The code an authenticator app shows at `now` (used by tests and the demo). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** The otpauth:// link and an SVG QR code of it, both for the enrolment screen. */
export async function totpEnrolment(secret: string, accountLabel: string) {
  const uri = totp(secret, accountLabel).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { uri, qrSvg };
}
