/**
 * The method's sizes (PRODUCT S1), checked when a session is planned. Warnings never block: the coordinator
 * decides, but sees clearly where the plan leaves the method.
 */
import type { MirrorTemplate } from './template.ts';
import { totalMinutes } from './templateShape.ts';

export interface PlanCounts {
  voices: number;
  listeners: number;
  facilitators: number;
}

export type PlanWarning =
  | { code: 'voicesTooFew' | 'voicesTooMany'; count: number; min: number; max: number }
  | { code: 'listenersTooFew' | 'listenersTooMany'; count: number; min: number; max: number }
  | { code: 'facilitatorsOff'; count: number; min: number; max: number }
  | { code: 'tooLong'; minutes: number; max: number };

export function planWarnings(counts: PlanCounts, template: MirrorTemplate): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const { voices, listeners, facilitators } = template;
  if (counts.voices < voices.min) warnings.push({ code: 'voicesTooFew', count: counts.voices, ...voices });
  if (counts.voices > voices.max) warnings.push({ code: 'voicesTooMany', count: counts.voices, ...voices });
  if (counts.listeners < listeners.min)
    warnings.push({ code: 'listenersTooFew', count: counts.listeners, ...listeners });
  if (counts.listeners > listeners.max)
    warnings.push({ code: 'listenersTooMany', count: counts.listeners, ...listeners });
  if (counts.facilitators < facilitators.min || counts.facilitators > facilitators.max) {
    warnings.push({ code: 'facilitatorsOff', count: counts.facilitators, ...facilitators });
  }
  const minutes = totalMinutes(template);
  if (minutes > template.maxTotalMinutes)
    warnings.push({ code: 'tooLong', minutes, max: template.maxTotalMinutes });
  return warnings.map((w) => ('label' in w ? stripLabel(w) : w));
}

function stripLabel<T extends object>(w: T): T {
  const { label: _label, ...rest } = w as T & { label?: unknown };
  return rest as T;
}
