/** Which schools of the signed-in person have mirror conversations for them, and what they may do there. */
import type { Membership, Role } from '../../../web/apiTypes.ts';

const spiegelRoles: readonly Role[] = ['coordinator', 'admin', 'facilitator', 'leader'];
const planRoles: readonly Role[] = ['coordinator', 'admin'];
const templateRoles: readonly Role[] = ['coordinator', 'admin', 'facilitator'];
/** Who sees every action of the school (the server's rule for GET …/mirror-actions). */
const actionRoles: readonly Role[] = ['coordinator', 'admin', 'leader'];

export interface SpiegelSchool {
  schoolId: string;
  schoolName: string;
  canPlan: boolean;
  canSeeTemplates: boolean;
  canSeeActions: boolean;
}

/** The schools where the person is coordinator, admin, facilitator or leader, by name. */
export function spiegelSchools(memberships: readonly Membership[]): SpiegelSchool[] {
  const schools = new Map<string, SpiegelSchool>();
  for (const m of memberships) {
    if (!spiegelRoles.includes(m.role)) continue;
    const school: SpiegelSchool = schools.get(m.schoolId) ?? {
      schoolId: m.schoolId,
      schoolName: m.schoolName,
      canPlan: false,
      canSeeTemplates: false,
      canSeeActions: false,
    };
    if (planRoles.includes(m.role)) school.canPlan = true;
    if (templateRoles.includes(m.role)) school.canSeeTemplates = true;
    if (actionRoles.includes(m.role)) school.canSeeActions = true;
    schools.set(m.schoolId, school);
  }
  return [...schools.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
}
