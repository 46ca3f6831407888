/**
 * The full definition of a template chosen by id: a shipped one from /api/mirror-templates/:key, a school's
 * own from /api/schools/:schoolId/mirror-templates/:id. Undefined while loading or when nothing is chosen.
 */
import { useEffect, useState } from 'react';
import { api } from '../../../web/api.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { type SchoolTemplate, schoolBase, type TemplateSummary } from './types.ts';

export function useTemplateDefinition(
  schoolId: string,
  summary: TemplateSummary | undefined,
): MirrorTemplate | undefined {
  const [loaded, setLoaded] = useState<{ id: string; definition: MirrorTemplate } | null>(null);
  const id = summary?.id;
  const shipped = summary?.shipped;

  useEffect(() => {
    if (!id) return;
    let current = true;
    const load = shipped
      ? api<MirrorTemplate>('GET', `/api/mirror-templates/${encodeURIComponent(id)}`)
      : api<SchoolTemplate>('GET', `${schoolBase(schoolId)}/mirror-templates/${encodeURIComponent(id)}`).then(
          (template) => template.definition,
        );
    load.then(
      (definition) => current && setLoaded({ id, definition }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [schoolId, id, shipped]);

  return loaded && loaded.id === id ? loaded.definition : undefined;
}
