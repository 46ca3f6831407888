/** Finding a template by a shipped key or a school template's id. */
import type { Database } from '../../../platform/db/index.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { mirrorTemplatesRepository } from '../repositories/templates.ts';
import { shippedTemplate } from '../templates/index.ts';

export async function resolveTemplate(
  db: Database,
  schoolId: string,
  templateId: string,
): Promise<{ key: string; definition: MirrorTemplate } | undefined> {
  const shipped = shippedTemplate(templateId);
  if (shipped) return { key: templateId, definition: shipped };
  if (!/^[0-9a-f-]{36}$/.test(templateId)) return undefined;
  const own = await mirrorTemplatesRepository(db, schoolId).find(templateId);
  return own ? { key: own.id, definition: own.definition } : undefined;
}
