/** Where the signed-in person facilitates: their own sessions and intervision hang on the facilitator role. */
import type { Membership } from '../../../web/apiTypes.ts';

/** The schools where the person holds the facilitator role, by name. */
export function facilitatorSchools(memberships: readonly Membership[]): { id: string; name: string }[] {
  const schools = new Map<string, string>();
  for (const m of memberships) if (m.role === 'facilitator') schools.set(m.schoolId, m.schoolName);
  return [...schools].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
