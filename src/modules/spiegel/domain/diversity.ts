/**
 * The diversity overview of a student group (S2): only counts per value, so the coordinator sees at a glance
 * whether the group is diverse, and nobody sees a list of students with their attributes. Like every
 * aggregate in Kring, a value that fewer than five students share is shown as "<5" (K4, §8): one
 * self-described gender in a group of twelve is not shown as "1".
 */
import { type ShownCount, showCount } from '../../../platform/privacy/smallNumbers.ts';

export interface DiversityRow {
  year: string | null;
  level: string | null;
  gender: string | null;
  /** JSON array of involvement kinds. */
  involvement: string;
}

const NOT_GIVEN = '—';

function countBy(values: (string | null)[]): Record<string, ShownCount> {
  const counts: Record<string, number> = {};
  for (const v of values) {
    const key = v?.trim() || NOT_GIVEN;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, showCount(n)]));
}

export function diversitySpread(rows: DiversityRow[]) {
  return {
    students: rows.length,
    byYear: countBy(rows.map((r) => r.year)),
    byLevel: countBy(rows.map((r) => r.level)),
    byGender: countBy(rows.map((r) => r.gender)),
    byInvolvement: countBy(rows.flatMap((r) => (JSON.parse(r.involvement) as string[]).map((i) => i))),
  };
}
