/**
 * The session report as a document: a list of blocks (title, headings, paragraphs, lists) that the Markdown
 * and the PDF export both render, so the two always say the same. User text stays text: Markdown escapes it.
 */

import { type Locale, type MessageKey, translate } from '../../../platform/i18n/index.ts';
import type { Bar, Block } from '../../../platform/pdf/blocks.ts';
import type { ActionStatus } from './actions.ts';
import { type EvaluationQuestion, evaluationOptions, evaluationQuestions } from './evaluation.ts';
import type { Target } from './recommendations.ts';
import type { LocalText, Side } from './template.ts';
import { textIn } from './templateShape.ts';

type Count = number | '<5';

/** The report's facts (the API's report shape). */
export interface ReportFacts {
  title: string;
  templateName: string;
  schoolName: string;
  date: string;
  participants: { side: Side; label: string; count: Count }[];
  recommendations: { target: Target; texts: string[] }[];
  clusters: { title: string; rank: number; votes: Count; recommendations: string[] }[];
  actions: {
    what: string;
    target: Target;
    owner: string | null;
    dueDate: string | null;
    status: ActionStatus;
    overdue: boolean;
  }[];
  followUp: { leadName: string | null; contactPersonName: string | null };
  /** Speaking time per round (F1): each side's share and how many of its seats spoke, never a time per person. */
  speaking: {
    title: LocalText;
    listenOnly: Side | null;
    voices: SpokenSide;
    listeners: SpokenSide;
    deviations: number;
  }[];
  evaluation: {
    final: boolean;
    answered: Count;
    questions: Record<EvaluationQuestion, Record<string, Count>>;
    improvements: string[];
    aftercareRequests: Count;
  };
}

interface SpokenSide {
  percent: number | null;
  seats: Count;
  seatsSpoke: Count;
}

export type { Bar, Block };

function formatDay(day: string, locale: Locale): string {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The report, block by block, in the reader's language. */
export function reportBlocks(report: ReportFacts, locale: Locale): Block[] {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, key as MessageKey, params);
  const none = t('document.report.none');
  const blocks: Block[] = [
    { kind: 'title', text: report.title },
    {
      kind: 'text',
      text: `${report.templateName} · ${report.schoolName} · ${formatDay(report.date, locale)}`,
    },
    { kind: 'heading', text: t('document.report.participants') },
    { kind: 'list', items: report.participants.map((p) => `${p.label}: ${p.count}`) },
    { kind: 'text', text: t('document.report.privacy') },
    { kind: 'heading', text: t('document.report.recommendations') },
  ];
  if (report.recommendations.length === 0) blocks.push({ kind: 'text', text: none });
  for (const group of report.recommendations) {
    blocks.push({ kind: 'subheading', text: t(`spiegel.recs.target.${group.target}`) });
    blocks.push({ kind: 'list', items: group.texts });
  }
  blocks.push({ kind: 'heading', text: t('document.report.clusters') });
  if (report.clusters.length === 0) blocks.push({ kind: 'text', text: none });
  for (const cluster of report.clusters) {
    blocks.push({
      kind: 'subheading',
      text: t('document.report.cluster', { rank: cluster.rank, title: cluster.title, votes: cluster.votes }),
    });
    if (cluster.recommendations.length > 0) blocks.push({ kind: 'list', items: cluster.recommendations });
  }
  blocks.push({ kind: 'heading', text: t('document.report.actions') });
  blocks.push({
    kind: 'list',
    items: [
      `${t('document.report.lead')}: ${report.followUp.leadName ?? none}`,
      `${t('document.report.contact')}: ${report.followUp.contactPersonName ?? none}`,
    ],
  });
  if (report.actions.length === 0) blocks.push({ kind: 'text', text: none });
  for (const action of report.actions) {
    blocks.push({ kind: 'subheading', text: action.what });
    blocks.push({
      kind: 'list',
      items: [
        `${t('document.report.target')}: ${t(`spiegel.recs.target.${action.target}`)}`,
        `${t('document.report.owner')}: ${action.owner ?? none}`,
        `${t('document.report.due')}: ${action.dueDate ? formatDay(action.dueDate, locale) : none}`,
        `${t('document.report.status')}: ${t(`action.status.${action.status}`)}${action.overdue ? ` (${t('action.overdue')})` : ''}`,
      ],
    });
  }
  blocks.push(...speakingBlocks(report, locale, t));
  blocks.push(...evaluationBlocks(report.evaluation, t));
  return blocks;
}

/** Per round a bar per side: its share of the speaking time, and how many of its seats spoke. */
function speakingBlocks(
  report: ReportFacts,
  locale: Locale,
  t: (key: string, params?: Record<string, string | number>) => string,
): Block[] {
  if (report.speaking.length === 0) return [];
  const labels = Object.fromEntries(report.participants.map((p) => [p.side, p.label])) as Record<
    Side,
    string
  >;
  const blocks: Block[] = [
    { kind: 'heading', text: t('document.report.speaking') },
    { kind: 'text', text: t('document.report.speakingIntro') },
  ];
  for (const round of report.speaking) {
    blocks.push({ kind: 'subheading', text: textIn(round.title, locale) });
    blocks.push({
      kind: 'bars',
      bars: (['voices', 'listeners'] as const).map((side) => {
        const part = round[side];
        const share =
          part.percent === null
            ? t('document.report.speakingShareHidden')
            : t('document.report.speakingShare', { percent: part.percent });
        const spoke = t('document.report.speakingSeats', { spoke: part.seatsSpoke, seats: part.seats });
        return { label: labels[side], percent: part.percent, text: `${labels[side]}: ${share} · ${spoke}` };
      }),
    });
    if (round.listenOnly && round.deviations > 0)
      blocks.push({
        kind: 'text',
        text: t('document.report.speakingDeviations', {
          side: labels[round.listenOnly],
          count: round.deviations,
        }),
      });
  }
  return blocks;
}

function evaluationBlocks(
  evaluation: ReportFacts['evaluation'],
  t: (key: string, params?: Record<string, string | number>) => string,
): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', text: t('document.report.evaluation') },
    { kind: 'text', text: t('document.report.answered', { count: evaluation.answered }) },
  ];
  if (!evaluation.final) return [...blocks, { kind: 'text', text: t('document.report.evaluationPending') }];
  for (const question of evaluationQuestions) {
    blocks.push({ kind: 'subheading', text: t(`document.report.q.${question}`) });
    blocks.push({
      kind: 'list',
      items: evaluationOptions[question].map(
        (option) =>
          `${t(`document.report.a.${question}.${option}`)}: ${evaluation.questions[question][option] ?? '<5'}`,
      ),
    });
  }
  blocks.push({ kind: 'subheading', text: t('document.report.improvements') });
  blocks.push(
    evaluation.improvements.length > 0
      ? { kind: 'list', items: evaluation.improvements }
      : { kind: 'text', text: t('document.report.improvementsHidden') },
  );
  blocks.push({
    kind: 'text',
    text: t('document.report.aftercare', { count: evaluation.aftercareRequests }),
  });
  return blocks;
}

/**
 * Escapes what Markdown (or HTML inside it) would read as markup, and keeps each text on one line. Only what
 * can start markup is escaped, so "<5" and "spreek-uur" stay readable in the raw file.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'title') out.push(`# ${markdownText(block.text)}`, '');
    else if (block.kind === 'heading') out.push(`## ${markdownText(block.text)}`, '');
    else if (block.kind === 'subheading') out.push(`### ${markdownText(block.text)}`, '');
    else if (block.kind === 'text') out.push(markdownText(block.text), '');
    else if (block.kind === 'bars') out.push(...block.bars.map((bar) => `- ${markdownText(bar.text)}`), '');
    else out.push(...block.items.map((item) => `- ${markdownText(item)}`), '');
  }
  return `${out.join('\n').trim()}\n`;
}
