/**
 * The report of a conversation (/spiegel/:schoolId/:sessionId/verslag), as a readable document that also prints
 * well: who took part (counts only), the recommendations, what matters most, the action plan, the follow-up and
 * the evaluation. The same report downloads as PDF and Markdown.
 */
import { Link, useParams } from 'react-router';
import { Button } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { formatWhen } from './closingFormat.ts';
import { EvaluationSummaryView } from './EvaluationSummary.tsx';
import type { Report } from './followUpTypes.ts';
import { ReportDownloads } from './ReportLinks.tsx';
import {
  ReportActions,
  ReportClusters,
  ReportParticipants,
  ReportRecommendations,
  ReportSpeaking,
} from './ReportSections.tsx';
import { sessionBase, sessionPath } from './types.ts';

export function ReportPage() {
  const { schoolId = '', sessionId = '' } = useParams();
  const { t, locale } = useT();
  const base = sessionBase(schoolId, sessionId);
  const report = useApiData<Report>(`${base}/report`);
  const r = report.data;

  return (
    <div className="spiegel-report">
      <PageTitle lead={r?.templateName}>
        {r ? t('spiegel.report.pageTitle', { title: r.title }) : t('spiegel.report.loading')}
      </PageTitle>
      <p className="no-print">
        <Link to={sessionPath(schoolId, sessionId)}>{t('spiegel.report.back')}</Link>
      </p>
      {report.loading && !r && <Loading />}
      {report.error && <LoadError message={report.error.message} />}
      {r && (
        <>
          <dl className="spiegel-facts">
            <dt>{t('spiegel.report.school')}</dt>
            <dd>{r.schoolName}</dd>
            <dt>{t('spiegel.list.date')}</dt>
            <dd>{formatWhen(locale, r.date)}</dd>
            <dt>{t('spiegel.list.status')}</dt>
            <dd>{t(`spiegel.status.${r.status}`)}</dd>
          </dl>
          <ul className="spiegel-links no-print">
            <ReportDownloads base={base} />
            <li>
              <Button variant="secondary" className="button--small" onClick={() => window.print()}>
                {t('spiegel.report.print')}
              </Button>
            </li>
          </ul>
          <section aria-labelledby="verslag-deelnemers">
            <h2 id="verslag-deelnemers">{t('spiegel.report.participants')}</h2>
            <ReportParticipants report={r} />
          </section>
          <section aria-labelledby="verslag-aanbevelingen">
            <h2 id="verslag-aanbevelingen">{t('spiegel.report.recommendations')}</h2>
            <ReportRecommendations report={r} />
          </section>
          <section aria-labelledby="verslag-clusters">
            <h2 id="verslag-clusters">{t('spiegel.report.clusters')}</h2>
            <ReportClusters report={r} />
          </section>
          <section aria-labelledby="verslag-acties">
            <h2 id="verslag-acties">{t('spiegel.report.actions')}</h2>
            <ReportActions report={r} />
          </section>
          <section aria-labelledby="verslag-spreektijd">
            <h2 id="verslag-spreektijd">{t('speaking.title')}</h2>
            <ReportSpeaking report={r} />
          </section>
          <section aria-labelledby="verslag-opvolging">
            <h2 id="verslag-opvolging">{t('spiegel.report.followUp')}</h2>
            <dl className="spiegel-facts">
              <dt>{t('spiegel.report.lead')}</dt>
              <dd>{r.followUp.leadName ?? t('spiegel.report.nobody')}</dd>
              <dt>{t('spiegel.report.contact')}</dt>
              <dd>{r.followUp.contactPersonName ?? t('spiegel.report.nobody')}</dd>
            </dl>
          </section>
          <section aria-labelledby="verslag-evaluatie">
            <h2 id="verslag-evaluatie">{t('spiegel.evalSummary.title')}</h2>
            <EvaluationSummaryView summary={r.evaluation} />
          </section>
        </>
      )}
    </div>
  );
}
