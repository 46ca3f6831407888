/**
 * Small numbers are never shown exactly (PRODUCT K4, §8): any count with fewer than five people or cases
 * behind it is shown as "<5", on screen, in exports and in the API, so nobody can be recognised in a chart.
 */
export const SMALL_NUMBER = 5;
export const SUPPRESSED = '<5' as const;
export type ShownCount = number | typeof SUPPRESSED;

/** A count as it may be shown. */
export function showCount(count: number): ShownCount {
  return count < SMALL_NUMBER ? SUPPRESSED : count;
}

/**
 * A distribution as it may be shown: when fewer than five answered in all, every value is suppressed (even a
 * zero would tell what the few said); otherwise each value under five is.
 */
export function showDistribution<K extends string>(counts: Record<K, number>): Record<K, ShownCount> {
  const total = Object.values<number>(counts).reduce((a, b) => a + b, 0);
  const out = {} as Record<K, ShownCount>;
  for (const key of Object.keys(counts) as K[])
    out[key] = total < SMALL_NUMBER ? SUPPRESSED : showCount(counts[key]);
  return out;
}
