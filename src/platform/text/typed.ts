/**
 * Free text as a person typed it, validated at the edge: trimmed, bounded, and storable as written. Two things are
 * not text that survives: a lone half of a surrogate pair (sealing or a database round trip would change it) and
 * the NUL character (PostgreSQL refuses it in text). Both are refused (a 400) instead of being changed silently.
 *
 * @example z.strictObject({ note: typed(2000) })
 */
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text can be stored and read back exactly as written. */
export function isStorableText(text: string): boolean {
  return !LONE_SURROGATE.test(text) && !text.includes('\u0000');
}

export const typed = (max: number, min = 0) => z.string().trim().min(min).max(max).refine(isStorableText);
