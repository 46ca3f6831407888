/**
 * Seals small secrets (such as TOTP seeds) at rest with AES-256-GCM under the server's key, so a copy of the
 * database alone does not reveal them. The key comes from KRING_SECRET or a file generated in the data folder.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
  /** A keyed hash (HMAC-SHA-256) to look a secret up by, which a copy of the database alone cannot test guesses against. */
  tag(text: string): string;
}

/** A box keyed by any secret string (hashed to 32 bytes). */
export function secretBox(secret: string): SecretBox {
  const key = createHash('sha256').update(`kring-secret-box:${secret}`).digest();
  const tagKey = createHash('sha256').update(`kring-tag:${secret}`).digest();
  return {
    tag(text) {
      return createHmac('sha256', tagKey).update(text, 'utf8').digest('base64url');
    },
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown sealed format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** KRING_SECRET when set; otherwise the key file in the data folder, created (mode 600) on first use. */
export function loadOrCreateSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
