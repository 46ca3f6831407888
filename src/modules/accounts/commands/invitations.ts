/**
 * Inviting people to a role in a school, and accepting: a new person creates an account, someone who already
 * has one adds the role to it by giving their password. Links last 14 days and work once.
 */
import { hashPassword, verifyPassword } from '../../../platform/crypto/passwords.ts';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import type { Invitation, School, User } from '../../../platform/db/schema.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { translate } from '../../../platform/i18n/index.ts';
import { invitationMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict, HttpError } from '../../../server/errors.ts';
import { normaliseEmail } from '../domain/passwords.ts';
import type { Role } from '../domain/roles.ts';
import { INVITATION_VALID_MS } from '../domain/sessionPolicy.ts';
import {
  invitationByTokenHash,
  invitationsRepository,
  markInvitationAccepted,
} from '../repositories/invitations.ts';
import { membershipsRepository } from '../repositories/memberships.ts';
import { organisationsRepository, schoolsRepository } from '../repositories/organisations.ts';
import { teamsRepository } from '../repositories/teams.ts';
import { usersRepository } from '../repositories/users.ts';
import { requireLongEnough } from './passwordRule.ts';

export interface InviteInput {
  email: string;
  role: Role;
  teamId?: string | undefined;
}

/** Records the invitation and mails its link, in the inviter's language. */
export async function invite(
  services: Services,
  school: School,
  inviter: User,
  input: InviteInput,
  locale: Locale,
): Promise<Invitation> {
  const now = services.clock.now();
  const email = normaliseEmail(input.email);
  const teamId = input.teamId ?? null;
  if (teamId && !(await teamsRepository(services.db, school.id).find(teamId))) {
    throw badRequest('errors.validation', { teamId: 'validation.choice' });
  }
  const existing = await usersRepository(services.db).findByEmail(email);
  if (existing && (await membershipsRepository(services.db, school.id).holds(existing.id, input.role))) {
    throw conflict('errors.alreadyMember', { email: 'errors.alreadyMember' });
  }
  const token = newToken();
  const expires = new Date(now.getTime() + INVITATION_VALID_MS);
  const invitation = await invitationsRepository(services.db, school.id).create(
    {
      email,
      role: input.role,
      teamId,
      tokenHash: hashToken(token),
      invitedBy: inviter.id,
      expiresAt: expires.toISOString(),
    },
    now,
  );
  const organisation = await organisationsRepository(services.db).find(school.organisation_id);
  await services.mailer.send(
    invitationMail(locale, email, {
      inviter: inviter.name,
      role: translate(locale, `role.${input.role}`),
      school: school.name,
      organisation: organisation?.name ?? '',
      link: `${services.publicUrl}/uitnodiging#token=${token}`,
      expires,
    }),
  );
  return invitation;
}

async function openInvitation(services: Services, token: string) {
  const invitation = await invitationByTokenHash(services.db, hashToken(token));
  const now = services.clock.now().toISOString();
  if (!invitation || invitation.accepted_at || invitation.revoked_at || invitation.expires_at <= now) {
    throw new HttpError(400, 'errors.tokenInvalid');
  }
  const school = await schoolsRepository(services.db).find(invitation.school_id);
  if (!school) throw new HttpError(400, 'errors.tokenInvalid');
  return { invitation, school };
}

/** What the invitation page shows before anyone signs in. */
export async function lookUpInvitation(services: Services, token: string) {
  const { invitation, school } = await openInvitation(services, token);
  const organisation = await organisationsRepository(services.db).find(school.organisation_id);
  const existing = await usersRepository(services.db).findByEmail(invitation.email);
  return {
    email: invitation.email,
    schoolName: school.name,
    organisationName: organisation?.name ?? '',
    role: invitation.role,
    existingAccount: existing !== undefined,
  };
}

export interface AcceptInput {
  token: string;
  password: string;
  name?: string | undefined;
  locale: Locale;
}

/** Accepts the invitation and returns the account that now holds the role. */
export async function acceptInvitation(services: Services, input: AcceptInput): Promise<User> {
  const { invitation, school } = await openInvitation(services, input.token);
  const now = services.clock.now();
  const users = usersRepository(services.db);
  let user = await users.findByEmail(invitation.email);
  if (user) {
    if (user.organisation_id !== school.organisation_id)
      throw new HttpError(400, 'errors.invitationForOtherAccount');
    if (!(await verifyPassword(user.password_hash, input.password))) {
      throw new HttpError(400, 'errors.passwordWrong', {}, { password: 'errors.passwordWrong' });
    }
  } else {
    if (!input.name) throw badRequest('errors.validation', { name: 'validation.required' });
    // A new account's password must already fit the role it is made for (a confidant's is longer).
    requireLongEnough(input.password, [invitation.role], 'password');
  }
  const passwordHash = user ? undefined : await hashPassword(input.password);
  return services.db.transaction().execute(async (trx) => {
    if (!(await markInvitationAccepted(trx, invitation.id, now)))
      throw new HttpError(400, 'errors.tokenInvalid');
    if (!user) {
      user = await usersRepository(trx).create(
        {
          organisationId: school.organisation_id,
          email: invitation.email,
          name: input.name ?? '',
          passwordHash: passwordHash ?? '',
          locale: input.locale,
          isOrgAdmin: false,
        },
        now,
      );
    }
    const memberships = membershipsRepository(trx, school.id);
    if (!(await memberships.holds(user.id, invitation.role))) {
      await memberships.add(user.id, invitation.role, invitation.team_id, now);
    }
    return user;
  });
}
