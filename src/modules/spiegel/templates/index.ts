/** The templates Kring ships. Schools copy them to make their own. */
import type { MirrorTemplate } from '../domain/template.ts';
import { careMeetingTemplate } from './careMeeting.ts';
import { genderDiversityTemplate } from './genderDiversity.ts';

export const shippedTemplates: Readonly<Record<string, MirrorTemplate>> = {
  'gender-diversiteit': genderDiversityTemplate,
  spiegelbijeenkomst: careMeetingTemplate,
};

/** A shipped template by its key; only Kring's own keys, never an object's built-in properties. */
export function shippedTemplate(key: string): MirrorTemplate | undefined {
  return Object.hasOwn(shippedTemplates, key) ? shippedTemplates[key] : undefined;
}
