/**
 * The parts of a template's shape that code needs at run time, without its schema: the web app imports these
 * and so stays free of the validation library.
 */
import type { LocalText, MirrorTemplate } from './template.ts';

export const sides = ['voices', 'listeners'] as const;
export const seatings = ['plenary', 'innerOuter', 'faceToFace', 'groups'] as const;

/** The text in `locale`, or the Dutch. */
export function textIn(text: LocalText, locale: 'nl' | 'en'): string {
  return (locale === 'en' && text.en) || text.nl;
}

/** Minutes of all phases together. */
export function totalMinutes(template: Pick<MirrorTemplate, 'phases'>): number {
  return template.phases.reduce((sum, phase) => sum + phase.minutes, 0);
}
