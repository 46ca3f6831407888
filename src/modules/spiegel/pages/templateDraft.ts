/**
 * Editing a template draft: changes as small mutations on a copy, number inputs that may be empty while
 * typing, the ids of the inputs (so server errors can point at them), and the clean-up before saving.
 */
import type { LocalText, MirrorTemplate, Phase } from '../domain/template.ts';

export type Change = (mutate: (draft: MirrorTemplate) => void) => void;
/** The error message for the input with this id, if the server gave one. */
export type ErrorFor = (id: string) => string | undefined;

export interface EditorProps {
  draft: MirrorTemplate;
  change: Change;
  err: ErrorFor;
}

/** The input id for a path of the definition: phases.0.title.nl → tpl-phases-0-title. */
export function inputId(path: string): string {
  return `tpl-${path
    .replace(/^definition\./, '')
    .replace(/\.(nl|en)$/, '')
    .replace(/\./g, '-')}`;
}

/** A number input's text; an empty input is kept as NaN until it is filled in. */
export const numberText = (n: number) => (Number.isFinite(n) ? String(n) : '');
export const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Changes the Dutch text and keeps any English as it is. */
export const withNl = (text: LocalText | undefined, nl: string): LocalText => ({ ...text, nl });

/** A new id that is not used yet in `used`. */
export function freshId(prefix: string, used: readonly { id: string }[]): string {
  let n = used.length + 1;
  while (used.some((x) => x.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newPhase(id: string): Phase {
  return {
    id,
    kind: 'round',
    title: { nl: '' },
    minutes: 15,
    seating: 'plenary',
    speakers: 'everyone',
    listeners: 'nobody',
    instructions: { nl: '' },
    questions: [],
  };
}

const filled = (text: LocalText) => text.nl.trim() !== '';

/** Leaves out empty rules, deeper questions and optional notes, which the method does not need. */
export function cleanDefinition(draft: MirrorTemplate): MirrorTemplate {
  return {
    ...draft,
    rules: draft.rules.filter(filled),
    phases: draft.phases.map((phase) => {
      const { listenerNote, facilitatorNotes, ...rest } = phase;
      return {
        ...rest,
        ...(listenerNote && filled(listenerNote) ? { listenerNote } : {}),
        ...(facilitatorNotes && filled(facilitatorNotes) ? { facilitatorNotes } : {}),
        questions: phase.questions.map((q) => ({ ...q, deeper: q.deeper.filter(filled) })),
      };
    }),
  };
}
