/**
 * Public-key encryption for content that only certain people may read (the reporting point, PRODUCT M3), with
 * libsodium: sealed boxes to a key pair, secret boxes under a key, and Argon2id to turn a password or a
 * receipt code into a key. Everything is base64 text, so it stores the same in SQLite and PostgreSQL.
 */
import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;

const B64 = sodium.base64_variants.URLSAFE_NO_PADDING;
const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, B64);
const bytes = (text: string) => sodium.from_base64(text, B64);

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

export function newKeyPair(): KeyPair {
  const pair = sodium.crypto_box_keypair();
  return { publicKey: b64(pair.publicKey), privateKey: b64(pair.privateKey) };
}

/** Whether `privateKey` is the private half of `publicKey` (false for anything that is not a key at all). */
export function isKeyPair(pair: KeyPair): boolean {
  try {
    return sodium.memcmp(sodium.crypto_scalarmult_base(bytes(pair.privateKey)), bytes(pair.publicKey));
  } catch {
    return false;
  }
}

/** Encrypts for the holder of `publicKey`'s private key; the sender needs no key and cannot read it back. */
export function sealTo(publicKey: string, plain: string): string {
  return b64(sodium.crypto_box_seal(sodium.from_string(plain), bytes(publicKey)));
}

/** Opens a sealed box; throws when it was not sealed to this key pair. */
export function openSealed(pair: KeyPair, sealed: string): string {
  return sodium.to_string(
    sodium.crypto_box_seal_open(bytes(sealed), bytes(pair.publicKey), bytes(pair.privateKey)),
  );
}

/** A random 32-byte key for `lock`/`unlock`. */
export function newSecretKey(): string {
  return b64(sodium.crypto_secretbox_keygen());
}

/** Encrypts and authenticates under a secret key (XSalsa20-Poly1305), with a random nonce in front. */
export function lock(key: string, plain: string): string {
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
  const box = sodium.crypto_secretbox_easy(sodium.from_string(plain), nonce, bytes(key));
  return `${b64(nonce)}.${b64(box)}`;
}

/** Opens what `lock` made; throws on a wrong key or a changed text. */
export function unlock(key: string, locked: string): string {
  const [nonce, box] = locked.split('.');
  if (!nonce || !box) throw new Error('Unknown locked format');
  return sodium.to_string(sodium.crypto_secretbox_open_easy(bytes(box), bytes(nonce), bytes(key)));
}

export function newSalt(): string {
  return b64(sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES));
}

/**
 * A key from a password or a receipt code, with Argon2id (libsodium's interactive limits: about a quarter of
 * a second here, on purpose): guessing offline costs that much per guess.
 */
export function keyFromSecret(secret: string, salt: string): string {
  return b64(
    sodium.crypto_pwhash(
      sodium.crypto_secretbox_KEYBYTES,
      secret,
      bytes(salt),
      sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE,
      sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    ),
  );
}

/** A key from a long random token (a session token): a keyed hash is enough, it cannot be guessed. */
export function keyFromToken(token: string, context: string): string {
  return b64(
    sodium.crypto_generichash(
      sodium.crypto_secretbox_KEYBYTES,
      sodium.from_string(token),
      sodium.from_string(context),
    ),
  );
}

/** `count` random decimal digits, without modulo bias. */
export function randomDigits(count: number): string {
  let out = '';
  while (out.length < count) out += String(sodium.randombytes_uniform(10));
  return out;
}
