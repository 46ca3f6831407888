/**
 * Free text as a person typed it, validated at the edge: trimmed, bounded, and well-formed. A lone half of a
 * surrogate pair is not text: it would not survive sealing or a database round trip as written, so it is refused
 * (a 400) instead of being changed silently.
 *
 * @example z.strictObject({ note: typed(2000) })
 */
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const typed = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !LONE_SURROGATE.test(text));
