/**
 * The student's report while they fill it in, one question per step, and the checks each step needs before
 * the next. Pure: the wizard keeps a Draft in state and turns it into the API's ReportInput at the end.
 */
import type { FieldErrors } from '../../../web/api.ts';
import type { Translate } from '../../../web/i18n.tsx';
import type { Category, Involved, Location, MinorAnswer, Need, Period } from '../domain/reportShape.ts';
import type { ReportInput } from './publicTypes.ts';

export const steps = [
  'category',
  'location',
  'period',
  'involved',
  'needs',
  'confidant',
  'story',
  'contact',
  'minor',
  'summary',
] as const;
export type Step = (typeof steps)[number];
export type QuestionStep = Exclude<Step, 'summary'>;

/** The value of the confidant question when the student has no preference. */
export const ANY_CONFIDANT = 'any';

export interface Draft {
  category: Category | '';
  location: Location | '';
  period: Period | '';
  when: string;
  involved: Involved[];
  who: string;
  needs: Need[];
  /** A confidant's id, ANY_CONFIDANT, or '' before choosing. */
  confidant: string;
  story: string;
  anonymous: 'yes' | 'no' | '';
  name: string;
  email: string;
  phone: string;
  minor: MinorAnswer | '';
}

export const emptyDraft: Draft = {
  category: '',
  location: '',
  period: '',
  when: '',
  involved: [],
  who: '',
  needs: [],
  confidant: '',
  story: '',
  anonymous: '',
  name: '',
  email: '',
  phone: '',
  minor: '',
};

/** What is missing on one step, keyed by the draft's field (the ids in the form are `report-<field>`). */
export function checkStep(step: Step, draft: Draft, t: Translate): FieldErrors {
  const one = t('meldpunt.report.chooseOne');
  const some = t('meldpunt.report.chooseSome');
  switch (step) {
    case 'category':
    case 'location':
    case 'period':
    case 'confidant':
    case 'minor':
      return draft[step] === '' ? { [step]: one } : {};
    case 'involved':
    case 'needs':
      return draft[step].length === 0 ? { [step]: some } : {};
    case 'story':
      return draft.story.trim() === '' ? { story: t('meldpunt.report.story.missing') } : {};
    case 'contact':
      return checkContact(draft, t);
    case 'summary':
      return {};
  }
}

function checkContact(draft: Draft, t: Translate): FieldErrors {
  if (draft.anonymous === '') return { anonymous: t('meldpunt.report.chooseOne') };
  if (draft.anonymous === 'yes') return {};
  const errors: FieldErrors = {};
  if (draft.name.trim() === '') errors.name = t('meldpunt.report.contact.nameMissing');
  if (draft.email.trim() === '' && draft.phone.trim() === '')
    errors.email = t('meldpunt.report.contact.reachMissing');
  return errors;
}

/** The first step that is not complete yet, or the summary when all are. */
export function firstIncomplete(draft: Draft, t: Translate): Step {
  return steps.find((step) => Object.keys(checkStep(step, draft, t)).length > 0) ?? 'summary';
}

/** The report as the API takes it; only call this when every step checks out. */
export function toReportInput(draft: Draft): ReportInput {
  const named = draft.anonymous === 'no';
  return {
    category: draft.category as Category,
    location: draft.location as Location,
    period: draft.period as Period,
    involved: draft.involved,
    needs: draft.needs,
    minor: draft.minor as MinorAnswer,
    confidantId: draft.confidant === ANY_CONFIDANT ? null : draft.confidant,
    content: {
      story: draft.story.trim(),
      when: draft.when.trim(),
      who: draft.who.trim(),
      contact: named
        ? { name: draft.name.trim(), email: draft.email.trim(), phone: draft.phone.trim() }
        : null,
    },
  };
}

/** Adds or removes one value of a multiple-choice answer, keeping the order of the options. */
export function toggle<T extends string>(options: readonly T[], chosen: readonly T[], value: T): T[] {
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return options.filter((option) => next.includes(option));
}
