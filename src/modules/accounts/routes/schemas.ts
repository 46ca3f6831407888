/** Request and response schemas of the accounts API. Messages for bad input come from the catalog. */
import { z } from 'zod';
import { locales } from '../../../platform/i18n/index.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/passwords.ts';
import { roles } from '../domain/roles.ts';

export const emailSchema = z.string().trim().min(1).max(254).pipe(z.email());
export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
export const nameSchema = z.string().trim().min(1).max(120);
export const tokenSchema = z.string().min(20).max(200);
export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
export const localeSchema = z.enum(locales);
export const roleSchema = z.enum(roles);
export const schoolKindSchema = z.enum(['po', 'vo', 'mbo']);
export const idSchema = z.uuid();

export const sessionViewSchema = z.object({
  state: z.enum(['anonymous', 'active', 'totp_pending', 'totp_setup_required']),
  setupRequired: z.boolean(),
  user: z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      locale: localeSchema,
      isOrgAdmin: z.boolean(),
      totpEnabled: z.boolean(),
      totpRequired: z.boolean(),
      passwordMin: z.number(),
      passwordTooShort: z.boolean(),
      organisation: z.object({ id: z.string(), name: z.string() }),
      memberships: z.array(
        z.object({
          id: z.string(),
          schoolId: z.string(),
          schoolName: z.string(),
          role: z.string(),
          teamId: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});

export const schoolViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: schoolKindSchema,
  requireTotp: z.boolean(),
});

export const teamViewSchema = z.object({ id: z.string(), name: z.string(), memberCount: z.number() });

export const personViewSchema = z.object({
  membershipId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  teamId: z.string().nullable(),
  totpEnabled: z.boolean(),
});

export const invitationViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  teamId: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
});

export const noContent = { 204: z.null().describe('No content') };
