/**
 * The closing evaluation for staff: how many answered, per question a bar list (with a table for screen
 * readers), what could be better, and how many asked for aftercare. Every count under five arrives as "<5" and
 * stays so: its bar is drawn striped and empty, never with a length that would tell the number.
 */
import { Button } from '../../../web/components/Button.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type EvaluationQuestion, evaluationQuestions } from '../domain/evaluation.ts';
import { answerOptions, questionLabel } from './evaluationWords.ts';
import type { EvaluationSummary as Summary } from './followUpTypes.ts';

type Shown = Summary['answered'];

/** The session page's section: loads the summary; while the session is live, answers keep coming in. */
export function EvaluationSummary({ base, live }: { base: string; live: boolean }) {
  const { t } = useT();
  const summary = useApiData<Summary>(`${base}/evaluation`);
  return (
    <>
      {summary.loading && !summary.data && <Loading />}
      {summary.error && <LoadError message={summary.error.message} />}
      {summary.data && <EvaluationSummaryView summary={summary.data} />}
      {live && (
        <Button variant="secondary" busy={summary.loading} onClick={summary.reload}>
          {t('spiegel.evalSummary.reload')}
        </Button>
      )}
    </>
  );
}

/** The summary itself, under an h2 of the caller's (the session page and the report both show it). */
export function EvaluationSummaryView({ summary }: { summary: Summary }) {
  const { t } = useT();
  if (!summary.final) {
    return (
      <div className="spiegel-eval-summary" data-testid="evaluation-summary">
        <p>{t('spiegel.evalSummary.answered', { count: summary.answered })}</p>
        <p>{t('spiegel.evalSummary.pending')}</p>
      </div>
    );
  }
  // Nobody yet is "<5" too: the summary never tells none from a few.
  const few = summary.answered === '<5';
  const anyFew = evaluationQuestions.some((q) => Object.values(summary.questions[q] ?? {}).includes('<5'));
  return (
    <div className="spiegel-eval-summary" data-testid="evaluation-summary">
      <p>{t('spiegel.evalSummary.answered', { count: summary.answered })}</p>
      {few && <p>{t('spiegel.evalSummary.small')}</p>}
      {anyFew && <p className="hint">{t('spiegel.evalSummary.fewLegend')}</p>}
      <div className="spiegel-spread">
        {evaluationQuestions.map((question) => (
          <QuestionBars
            key={question}
            question={question}
            counts={summary.questions[question] ?? {}}
            answered={summary.answered}
          />
        ))}
      </div>
      <h3>{t('spiegel.evalSummary.improvements')}</h3>
      {few ? (
        <p>{t('spiegel.evalSummary.improvementsHidden')}</p>
      ) : summary.improvements.length === 0 ? (
        <p>{t('spiegel.evalSummary.noImprovements')}</p>
      ) : (
        <ul className="spiegel-eval-summary__texts">
          {summary.improvements.map((text, index) => (
            // The texts come in random order and may repeat: their place is their only identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      <p>{t('spiegel.evalSummary.aftercare', { count: summary.aftercareRequests })}</p>
    </div>
  );
}

interface BarsProps {
  question: EvaluationQuestion;
  counts: Record<string, Shown>;
  answered: Shown;
}

/** One question: a bar per answer with its words and count (hidden from screen readers, who get the table). */
function QuestionBars({ question, counts, answered }: BarsProps) {
  const { t } = useT();
  const rows = answerOptions(t, question).map((option) => ({ ...option, count: counts[option.value] ?? 0 }));
  const numbers = rows.map((row) => row.count).filter((n): n is number => typeof n === 'number');
  // Lengths are shares of everyone who answered; a question is optional, so its bars may add up to less.
  const whole = typeof answered === 'number' ? answered : Math.max(1, ...numbers);
  const label = questionLabel(t, question);
  return (
    <div>
      <h3 className="spiegel-eval-summary__question">{label}</h3>
      <ul className="spiegel-bars spiegel-bars--eval" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.value}>
            <span className="spiegel-bars__label">{row.label}</span>
            {row.count === '<5' ? (
              <span className="spiegel-bars__track spiegel-bars__track--few" />
            ) : (
              <span className="spiegel-bars__track">
                <span
                  className="spiegel-bars__bar"
                  style={{ width: `${Math.round((row.count / Math.max(1, whole)) * 100)}%` }}
                />
              </span>
            )}
            <span className="spiegel-bars__count">{row.count}</span>
          </li>
        ))}
      </ul>
      <div className="visually-hidden">
        <Table
          caption={label}
          rows={rows}
          rowKey={(row) => row.value}
          columns={[
            { header: t('spiegel.evalSummary.answer'), cell: (row) => row.label, rowHeader: true },
            { header: t('spiegel.evalSummary.count'), cell: (row) => String(row.count) },
          ]}
        />
      </div>
    </div>
  );
}
