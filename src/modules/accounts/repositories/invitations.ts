/** Invitations to take a role in a school. The link's token is stored only as a hash. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { Invitation } from '../../../platform/db/schema.ts';

export interface NewInvitation {
  email: string;
  role: string;
  teamId: string | null;
  tokenHash: string;
  invitedBy: string;
  expiresAt: string;
}

/** Looks an invitation up by its token's hash, whichever school it is for (the token is the authority). */
export function invitationByTokenHash(db: Database, tokenHash: string): Promise<Invitation | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function markInvitationAccepted(db: Database, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set({ accepted_at: now.toISOString() })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function invitationsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async create(i: NewInvitation, now: Date): Promise<Invitation> {
      const row = {
        id: randomUUID(),
        email: i.email,
        role: i.role,
        team_id: i.teamId,
        token_hash: i.tokenHash,
        invited_by: i.invitedBy,
        expires_at: i.expiresAt,
        accepted_at: null,
        revoked_at: null,
        created_at: now.toISOString(),
      };
      await school.insertInto('invitations', row).execute();
      return { ...row, school_id: schoolId };
    },
    pending(now: Date): Promise<Invitation[]> {
      return school
        .selectFrom('invitations')
        .selectAll()
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .orderBy('created_at', 'desc')
        .execute();
    },
    find(id: string): Promise<Invitation | undefined> {
      return school.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async revoke(id: string, now: Date): Promise<void> {
      await school
        .updateTable('invitations')
        .set({ revoked_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    },
  };
}
