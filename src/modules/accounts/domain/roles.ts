/**
 * The roles a person can hold in a school (PRODUCT §1). One person can hold different roles in different
 * schools, and more than one role in the same school.
 */
export const roles = ['admin', 'coordinator', 'facilitator', 'teacher', 'confidant', 'leader'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Roles that may only be used with two-factor authentication: the confidant reads report content. */
export const rolesRequiringTotp: readonly Role[] = ['confidant'];

export interface MembershipFacts {
  role: string;
  schoolRequiresTotp: boolean;
}

/** True when a person must use TOTP: they hold a role that requires it, or a school of theirs requires it for all. */
export function totpRequired(memberships: readonly MembershipFacts[]): boolean {
  return memberships.some(
    (m) => m.schoolRequiresTotp || (rolesRequiringTotp as readonly string[]).includes(m.role),
  );
}

/** Whether someone with these memberships in a school may act in one of `allowed` roles there. */
export function holdsRole(
  membershipRoles: readonly string[],
  allowed: readonly Role[],
  isOrganisationAdmin: boolean,
): boolean {
  if (isOrganisationAdmin && allowed.includes('admin')) return true;
  return membershipRoles.some((r) => (allowed as readonly string[]).includes(r));
}
