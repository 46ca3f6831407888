/**
 * A confidant's key pair (PRODUCT M3). The public key is stored as is; the private key is locked under a key
 * derived from the confidant's password (Argon2id), so the server cannot open it on its own. At sign-in it is
 * unlocked for that session only, locked again under a key derived from the session token, which only the
 * browser holds (the database keeps just the token's hash).
 */
import {
  type KeyPair,
  keyFromSecret,
  keyFromToken,
  lock,
  newKeyPair,
  newSalt,
  unlock,
} from '../../../platform/crypto/sodium.ts';
import { hashToken } from '../../../platform/crypto/tokens.ts';
import type { Database } from '../../../platform/db/index.ts';
import type { Services } from '../../../server/context.ts';
import { CONFIDANT_PASSWORD_MIN } from '../domain/passwords.ts';

const SESSION_CONTEXT = 'kring-confidant-session';

async function holdsConfidantRole(db: Database, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', 'confidant')
    .executeTakeFirst();
  return row !== undefined;
}

/** Makes a key pair locked under `password`, replacing any earlier one (whose grants then no longer apply). */
async function createKeys(services: Services, userId: string, password: string): Promise<KeyPair> {
  const pair = newKeyPair();
  const salt = newSalt();
  const row = {
    public_key: pair.publicKey,
    locked_private_key: lock(keyFromSecret(password, salt), pair.privateKey),
    salt,
    created_at: services.clock.now().toISOString(),
    weak: 0 as const,
  };
  await services.db
    .insertInto('confidant_keys')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
  return pair;
}

/**
 * At sign-in with a password (and after choosing a new one): a confidant gets their key pair (made now on their
 * first sign-in) unlocked for this session. A password shorter than a confidant's minimum opens and makes nothing:
 * the session is marked, and the person is asked to choose a longer one first. Others are left alone.
 */
export async function unlockConfidantKey(
  services: Services,
  userId: string,
  password: string,
  sessionToken: string,
): Promise<void> {
  if (!(await holdsConfidantRole(services.db, userId))) return;
  const weak = password.length < CONFIDANT_PASSWORD_MIN;
  await services.db
    .updateTable('sessions')
    .set({ weak_password: weak ? 1 : 0, ...(weak ? { confidant_key: null } : {}) })
    .where('token_hash', '=', hashToken(sessionToken))
    .execute();
  if (weak) {
    // A key from before the rule, locked under this short password: an offline guess could open it, so it gets no
    // new reports or grants until a longer password locks it anew.
    await services.db.updateTable('confidant_keys').set({ weak: 1 }).where('user_id', '=', userId).execute();
    return;
  }
  const row = await services.db
    .selectFrom('confidant_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  let pair: KeyPair;
  if (!row) pair = await createKeys(services, userId, password);
  else
    pair = {
      publicKey: row.public_key,
      privateKey: unlock(keyFromSecret(password, row.salt), row.locked_private_key),
    };
  await services.db
    .updateTable('sessions')
    .set({ confidant_key: lock(keyFromToken(sessionToken, SESSION_CONTEXT), JSON.stringify(pair)) })
    .where('token_hash', '=', hashToken(sessionToken))
    .execute();
}

/** The confidant's key pair as this session unlocked it, or null (not a confidant, or signed in otherwise). */
export function sessionKeyPair(lockedKey: string | null, sessionToken: string | undefined): KeyPair | null {
  if (!lockedKey || !sessionToken) return null;
  try {
    return JSON.parse(unlock(keyFromToken(sessionToken, SESSION_CONTEXT), lockedKey)) as KeyPair;
  } catch {
    return null;
  }
}

/** A new password locks the same private key anew, so access to reports stays (and a long one lifts the weak mark). */
export async function relockConfidantKey(
  services: Services,
  userId: string,
  oldPassword: string,
  newPassword: string,
): Promise<void> {
  const row = await services.db
    .selectFrom('confidant_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return;
  const privateKey = unlock(keyFromSecret(oldPassword, row.salt), row.locked_private_key);
  const salt = newSalt();
  await services.db
    .updateTable('confidant_keys')
    .set({
      salt,
      locked_private_key: lock(keyFromSecret(newPassword, salt), privateKey),
      weak: newPassword.length < CONFIDANT_PASSWORD_MIN ? 1 : 0,
    })
    .where('user_id', '=', userId)
    .execute();
}

/**
 * After a password reset the old private key cannot be opened any more: it and the grants made to it go. A new
 * pair is made at the next sign-in; a colleague's session or the school's recovery key grants access again.
 */
export async function dropConfidantKey(db: Database, userId: string): Promise<void> {
  await db.deleteFrom('meldpunt_report_keys').where('user_id', '=', userId).execute();
  await db.deleteFrom('confidant_keys').where('user_id', '=', userId).execute();
}

/**
 * When someone stops being a confidant of a school, their access to its reports goes with the role; their key
 * pair goes too once they are a confidant nowhere. (A returning confidant is granted access anew.)
 */
export async function revokeConfidantAccess(db: Database, schoolId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('meldpunt_report_keys')
    .where('school_id', '=', schoolId)
    .where('user_id', '=', userId)
    .execute();
  if (!(await holdsConfidantRole(db, userId))) await dropConfidantKey(db, userId);
}
