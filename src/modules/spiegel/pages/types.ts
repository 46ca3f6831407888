/** The shapes the Spiegel API answers with, inferred from the route schemas (types only, no zod at run time). */
import type { z } from 'zod';
import type {
  diversityEntry,
  diversitySpreadSchema,
  joinResultSchema,
  liveCommandSchema,
  planInput,
  planWarningSchema,
  schoolTemplateSchema,
  sessionDetailSchema,
  sessionSummarySchema,
  staffMemberSchema,
  templateSummarySchema,
} from '../routes/schemas.ts';

export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export type SchoolTemplate = z.infer<typeof schoolTemplateSchema>;
export type PlanInput = z.infer<typeof planInput>;
export type PlanWarningData = z.infer<typeof planWarningSchema>;
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type SessionDetail = z.infer<typeof sessionDetailSchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type DiversityEntry = z.infer<typeof diversityEntry>;
export type DiversitySpread = z.infer<typeof diversitySpreadSchema>;
export type LiveCommandInput = z.infer<typeof liveCommandSchema>;
export type JoinResult = z.infer<typeof joinResultSchema>;

/** The REST base of a school's Spiegel resources. */
export function schoolBase(schoolId: string): string {
  return `/api/schools/${encodeURIComponent(schoolId)}`;
}

export function sessionBase(schoolId: string, sessionId: string): string {
  return `${schoolBase(schoolId)}/mirror-sessions/${encodeURIComponent(sessionId)}`;
}

/** The web page of a session, e.g. sessionPath(s, id, 'leiden'). */
export function sessionPath(schoolId: string, sessionId: string, sub?: string): string {
  const base = `/spiegel/${encodeURIComponent(schoolId)}/${encodeURIComponent(sessionId)}`;
  return sub ? `${base}/${sub}` : base;
}
