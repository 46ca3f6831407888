import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/platform/crypto/passwords.ts';
import { secretBox } from '../../src/platform/crypto/secretBox.ts';
import { hashToken, newToken } from '../../src/platform/crypto/tokens.ts';
import { matchTotp, newTotpSecret, totpCode } from '../../src/platform/crypto/totp.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('een-lang-wachtwoord');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'een-lang-wachtwoord')).toBe(true);
    expect(await verifyPassword(hash, 'een-ander-wachtwoord')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('tokens', () => {
  it('are 256 random bits, URL-safe, stored only as a hash', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });
});

describe('secret box', () => {
  it('seals so that only the same key opens, and detects tampering', () => {
    const box = secretBox('sleutel-een-sleutel-een-sleutel-een');
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => secretBox('een-andere-sleutel-een-andere-sleutel').open(sealed)).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    expect(() => box.open([v, iv, tag, `${body!.slice(0, -2)}AA`].join('.'))).toThrow();
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-09-01T08:00:10Z');

  it('accepts the current code and one step of clock drift, and says which step matched', () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
  });

  it('refuses old codes and wrong codes', () => {
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 120_000)), now)).toBeNull();
    const wrong = String((Number(totpCode(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(matchTotp(secret, wrong, now)).toBeNull();
  });
});
