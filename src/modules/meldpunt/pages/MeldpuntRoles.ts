/** Which schools of the signed-in person have the reporting point's staff pages for them. */
import type { Membership } from '../../../web/apiTypes.ts';

export interface MeldpuntSchool {
  schoolId: string;
  schoolName: string;
}

function distinctSchools(memberships: readonly Membership[]): MeldpuntSchool[] {
  const schools = new Map<string, MeldpuntSchool>();
  for (const m of memberships) schools.set(m.schoolId, { schoolId: m.schoolId, schoolName: m.schoolName });
  return [...schools.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
}

/** The schools where the person is a confidant: they handle the cases there. */
export function confidantSchools(memberships: readonly Membership[]): MeldpuntSchool[] {
  return distinctSchools(memberships.filter((m) => m.role === 'confidant'));
}

/**
 * The schools where the person sits on the board's side: school leader or administrator. They keep the crisis log
 * (an organisation administrator reaches it through the school's administration page too).
 */
export function boardSchools(memberships: readonly Membership[]): MeldpuntSchool[] {
  return distinctSchools(memberships.filter((m) => m.role === 'leader' || m.role === 'admin'));
}

/** The schools where the person works in any role: all staff may record a "niet-pluis" signal. */
export function staffSchools(memberships: readonly Membership[]): MeldpuntSchool[] {
  return distinctSchools(memberships);
}
