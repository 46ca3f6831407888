/** The templates Kring ships. Schools copy them to make their own. */
import type { MirrorTemplate } from '../domain/template.ts';
import { careMeetingTemplate } from './careMeeting.ts';
import { genderDiversityTemplate } from './genderDiversity.ts';

export const shippedTemplates: Record<string, MirrorTemplate> = {
  'gender-diversiteit': genderDiversityTemplate,
  spiegelbijeenkomst: careMeetingTemplate,
};
