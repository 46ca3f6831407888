/**
 * The whole conversation as a document for the student file (PRODUCT G4): the aim, the student's preparation,
 * the conversation form, the agreements (and how the previous ones went), and the look back. The teacher's own
 * reflection on how they listened is theirs and stays out. Pure: facts in, blocks out.
 */
import type { Locale, MessageKey } from '../../../platform/i18n/index.ts';
import { translate } from '../../../platform/i18n/index.ts';
import type { Block } from '../../../platform/pdf/blocks.ts';
import type { Outcome, Owner } from './agreements.ts';
import {
  type Answer,
  type ConversationForm,
  formSections,
  type Heard,
  type Level,
  type PreparationAnswers,
  preparationTexts,
} from './forms.ts';

interface AgreementFacts {
  what: string;
  owner: Owner;
  ownerOther: string;
  how: string;
  evaluateOn: string;
  outcome: Outcome | null;
  evaluationNote: string;
}

export interface ConversationFacts {
  schoolName: string;
  studentName: string;
  className: string;
  teacherName: string;
  plannedAt: string;
  level: Level;
  aim: string;
  preparation: PreparationAnswers | null;
  form: ConversationForm;
  studentHeard: Heard | null;
  agreements: AgreementFacts[];
  previous: { plannedAt: string; agreements: AgreementFacts[] } | null;
}

function day(value: string, locale: Locale): string {
  return new Date(`${value.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function agreementLines(agreements: readonly AgreementFacts[], locale: Locale): string[] {
  const t = (key: MessageKey, params = {}) => translate(locale, key, params);
  return agreements.map((a) => {
    const owner = a.owner === 'other' && a.ownerOther ? a.ownerOther : t(`gesprek.owner.${a.owner}`);
    const lines = [t('gesprek.pdf.agreement', { what: a.what, owner, date: day(a.evaluateOn, locale) })];
    if (a.how) lines.push(t('gesprek.pdf.agreementHow', { how: a.how }));
    if (a.outcome) {
      const outcome = t(`gesprek.outcome.${a.outcome}`);
      lines.push(
        t('gesprek.pdf.agreementResult', {
          outcome: a.evaluationNote ? `${outcome}. ${a.evaluationNote}` : outcome,
        }),
      );
    }
    return lines.join('\n');
  });
}

function answer(value: Answer, locale: Locale): string {
  return translate(locale, value === '' ? 'gesprek.answer.none' : `gesprek.answer.${value}`);
}

/** A question with its answer, or a dash where nothing was written. */
function qa(question: string, text: string, locale: Locale): Block[] {
  return [
    { kind: 'subheading', text: question },
    { kind: 'text', text: text || translate(locale, 'gesprek.pdf.empty') },
  ];
}

export function conversationBlocks(facts: ConversationFacts, locale: Locale, printedOn: string): Block[] {
  const t = (key: MessageKey, params = {}) => translate(locale, key, params);
  const prep = facts.preparation;
  const level = facts.level;
  const blocks: Block[] = [
    { kind: 'title', text: t('gesprek.pdf.title', { student: facts.studentName }) },
    {
      kind: 'text',
      text: t('gesprek.pdf.facts', {
        school: facts.schoolName,
        teacher: facts.teacherName,
        date: day(facts.plannedAt, locale),
      }),
    },
  ];
  if (facts.className)
    blocks.push({ kind: 'text', text: t('gesprek.pdf.class', { className: facts.className }) });
  blocks.push({ kind: 'heading', text: t('gesprek.pdf.aim') }, { kind: 'text', text: facts.aim });
  if (facts.previous) {
    blocks.push({
      kind: 'heading',
      text: t('gesprek.pdf.previous', { date: day(facts.previous.plannedAt, locale) }),
    });
    blocks.push({ kind: 'list', items: agreementLines(facts.previous.agreements, locale) });
  }
  blocks.push({ kind: 'heading', text: t('gesprek.pdf.preparation') });
  if (!prep) blocks.push({ kind: 'text', text: t('gesprek.pdf.noPreparation') });
  else {
    if (prep.wantToTalk)
      blocks.push(
        ...qa(
          t(`gesprek.prep.${level}.wantToTalk`),
          t(`gesprek.prep.${level}.wantToTalk.${prep.wantToTalk}`),
          locale,
        ),
      );
    for (const name of preparationTexts)
      blocks.push(
        ...qa(t(`gesprek.prep.${level}.${name}`, { teacher: facts.teacherName }), prep[name], locale),
      );
  }
  blocks.push({ kind: 'heading', text: t('gesprek.pdf.conversation') });
  for (const section of formSections) {
    blocks.push({ kind: 'heading', text: t(`gesprek.form.section.${section.key}`) });
    for (const name of section.texts) blocks.push(...qa(t(`gesprek.form.${name}`), facts.form[name], locale));
  }
  blocks.push({ kind: 'heading', text: t('gesprek.form.section.agreements') });
  blocks.push(
    facts.agreements.length
      ? { kind: 'list', items: agreementLines(facts.agreements, locale) }
      : { kind: 'text', text: t('gesprek.pdf.noAgreements') },
  );
  blocks.push(
    { kind: 'heading', text: t('gesprek.form.section.evaluation') },
    ...qa(t('gesprek.form.aimsReached'), answer(facts.form.aimsReached, locale), locale),
    ...qa(t('gesprek.form.pleasant'), answer(facts.form.pleasant, locale), locale),
    ...qa(t('gesprek.form.evaluationWhy'), facts.form.evaluationWhy, locale),
    {
      kind: 'text',
      text: t('gesprek.pdf.heard', {
        answer: facts.studentHeard ? t(`gesprek.heard.${facts.studentHeard}`) : t('gesprek.answer.none'),
      }),
    },
    { kind: 'text', text: t('gesprek.pdf.footer', { date: day(printedOn, locale) }) },
  );
  return blocks;
}
