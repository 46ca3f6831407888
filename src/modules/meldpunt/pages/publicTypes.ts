/** The shapes of the reporting point's public API, as the student's pages use them (types only, no zod). */
import type { z } from 'zod';
import type { ReportInput } from '../domain/report.ts';
import type { reporterViewSchema } from '../routes/schemas.ts';

export type { ReportInput };

/** GET /api/meldpunt/:code */
export interface PublicPoint {
  schoolName: string;
  open: boolean;
  confidants: { id: string; name: string; intro: string }[];
  ackDays: number;
  feedbackMonths: number;
}

/** POST /api/meldpunt/:code/return */
export type ReporterView = z.infer<typeof reporterViewSchema>;

/** The public API of one school's reporting point, by its short code. */
export function pointPath(code: string): string {
  return `/api/meldpunt/${encodeURIComponent(code)}`;
}
