/**
 * The last step before sending: every answer with a way back to change it, then in plain words who will read
 * the report, when the school must act by law (PRODUCT M4, and the matching text when the answers trigger the
 * duty), and what happens next.
 */
import type { Ref } from 'react';
import { Button } from '../../../web/components/Button.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { legalDutyApplies } from '../domain/reportShape.ts';
import type { PublicPoint } from './publicTypes.ts';
import { ANY_CONFIDANT, type Draft, type QuestionStep } from './reportDraft.ts';

interface Props {
  draft: Draft;
  point: PublicPoint;
  progress: string;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (step: QuestionStep) => void;
}

export function ReportSummary({ draft, point, progress, headingRef, onChange }: Props) {
  const { t, locale } = useT();
  const list = (items: string[]) =>
    new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
  const preferred = point.confidants.find((c) => c.id === draft.confidant);
  const duty =
    draft.category !== '' &&
    draft.minor !== '' &&
    legalDutyApplies({ ...draft, category: draft.category, minor: draft.minor });
  const internship = draft.location === 'internship' || draft.involved.includes('internshipStaff');
  const rows: { step: QuestionStep; question: string; answer: string[] }[] = [
    {
      step: 'category',
      question: t('meldpunt.report.category.legend'),
      answer: draft.category ? [t(`meldpunt.enum.category.${draft.category}`)] : [],
    },
    {
      step: 'location',
      question: t('meldpunt.report.location.legend'),
      answer: draft.location ? [t(`meldpunt.enum.location.${draft.location}`)] : [],
    },
    {
      step: 'period',
      question: t('meldpunt.report.period.legend'),
      answer: [draft.period ? t(`meldpunt.enum.period.${draft.period}`) : '', draft.when.trim()],
    },
    {
      step: 'involved',
      question: t('meldpunt.report.involved.legend'),
      answer: [list(draft.involved.map((i) => t(`meldpunt.enum.involved.${i}`))), draft.who.trim()],
    },
    {
      step: 'needs',
      question: t('meldpunt.report.needs.legend'),
      answer: [list(draft.needs.map((n) => t(`meldpunt.enum.need.${n}`)))],
    },
    {
      step: 'confidant',
      question: t('meldpunt.report.confidant.legend'),
      answer: [
        draft.confidant === ANY_CONFIDANT ? t('meldpunt.report.confidant.any') : (preferred?.name ?? ''),
      ],
    },
    { step: 'story', question: t('meldpunt.report.story.legend'), answer: [draft.story.trim()] },
    {
      step: 'contact',
      question: t('meldpunt.report.contact.legend'),
      answer:
        draft.anonymous === 'no'
          ? [draft.name, draft.email, draft.phone].map((s) => s.trim())
          : [t('meldpunt.report.summary.anonymous')],
    },
    {
      step: 'minor',
      question: t('meldpunt.report.minor.legend'),
      answer: draft.minor ? [t(`meldpunt.enum.minor.${draft.minor}`)] : [],
    },
  ];

  return (
    <section className="meldpunt-step" aria-labelledby="report-summary-heading">
      <h2 ref={headingRef} tabIndex={-1} id="report-summary-heading" className="meldpunt-step__heading">
        <span className="meldpunt-step__progress">{progress}</span>
        <span className="visually-hidden">: </span>
        {t('meldpunt.report.summary.legend')}
      </h2>
      <p className="hint">{t('meldpunt.report.summary.lead')}</p>
      <dl className="meldpunt-answers">
        {rows.map((row) => {
          const answer = row.answer.filter(Boolean);
          return (
            <div key={row.step} className="meldpunt-answers__row">
              <dt>{row.question}</dt>
              <dd>
                {answer.length > 0
                  ? answer.map((line) => (
                      <p key={line} className="meldpunt-text">
                        {line}
                      </p>
                    ))
                  : t('meldpunt.report.summary.empty')}
                <Button variant="secondary" className="button--small" onClick={() => onChange(row.step)}>
                  {t('meldpunt.report.summary.change')}
                  <span className="visually-hidden"> – {row.question}</span>
                </Button>
              </dd>
            </div>
          );
        })}
      </dl>

      <h3>{t('meldpunt.report.summary.readersTitle')}</h3>
      <p>
        {t('meldpunt.report.summary.readers', {
          school: point.schoolName,
          names: list(point.confidants.map((c) => c.name)),
        })}
        {preferred && ` ${t('meldpunt.report.summary.readersPreferred', { name: preferred.name })}`}
      </p>

      <h3>{t('meldpunt.report.summary.dutyTitle')}</h3>
      <p>{t('meldpunt.report.summary.duty')}</p>
      {duty && (
        <Notice tone="warning">
          <p data-testid="legal-duty">{t('meldpunt.report.summary.dutyApplies')}</p>
        </Notice>
      )}
      {internship ? (
        <Notice>
          <p>{t('meldpunt.report.summary.dutyInternship')}</p>
        </Notice>
      ) : (
        <p>{t('meldpunt.report.summary.dutyInternship')}</p>
      )}

      <h3>{t('meldpunt.report.summary.nextTitle')}</h3>
      <p>
        {t('meldpunt.report.summary.next', { ackDays: point.ackDays, feedbackMonths: point.feedbackMonths })}
      </p>
    </section>
  );
}
