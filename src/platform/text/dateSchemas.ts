/**
 * Validation of calendar days (YYYY-MM-DD) and local moments (YYYY-MM-DDTHH:mm, the school's local time) at the edge:
 * real dates only, no 31 February.
 *
 * @example z.strictObject({ dueDate: daySchema })
 */
import { z } from 'zod';

/** A real calendar day, YYYY-MM-DD (no 31 February). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

/** A real local date and time, e.g. 2026-12-03T13:30. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });
