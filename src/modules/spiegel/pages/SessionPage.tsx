/**
 * One mirror conversation (/spiegel/:schoolId/:sessionId): the plan and its warnings, the diversity of the
 * students, the preparation for students, and opening, running and closing the conversation.
 */
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { ImpartialityList } from '../../facilitators/pages/ImpartialityList.tsx';
import { SessionFacilitation } from '../../facilitators/pages/SessionFacilitation.tsx';
import { ActionPlanSection } from './ActionPlanSection.tsx';
import { DiversitySection } from './DiversitySection.tsx';
import { EvaluationSummary } from './EvaluationSummary.tsx';
import { LiveSection } from './LiveSection.tsx';
import { PlanEditSection } from './PlanEditSection.tsx';
import { PlanWarningList } from './PlanWarningList.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { useText } from './text.ts';
import { type SessionDetail, sessionBase, sessionPath } from './types.ts';

export function SessionPage() {
  const { schoolId = '', sessionId = '' } = useParams();
  return <Session key={`${schoolId}/${sessionId}`} schoolId={schoolId} sessionId={sessionId} />;
}

function Session({ schoolId, sessionId }: { schoolId: string; sessionId: string }) {
  const { t, locale } = useT();
  const tx = useText();
  const base = sessionBase(schoolId, sessionId);
  const session = useApiData<SessionDetail>(base);
  const d = session.data;

  return (
    <>
      <PageTitle lead={d ? tx(d.template.name) : undefined}>
        {d ? d.title : t('spiegel.session.loading')}
      </PageTitle>
      <p>
        <Link to="/spiegel">{t('spiegel.backToList')}</Link>
      </p>
      {session.loading && !d && <Loading />}
      {session.error && <LoadError message={session.error.message} />}
      {d && (
        <div className="sections">
          <section aria-labelledby="gesprek-overzicht">
            <h2 id="gesprek-overzicht">{t('spiegel.session.overview')}</h2>
            <dl className="spiegel-facts">
              <dt>{t('spiegel.list.status')}</dt>
              <dd>{t(`spiegel.status.${d.status}`)}</dd>
              <dt>{t('spiegel.plan.scheduledAt')}</dt>
              <dd>{formatDateTime(locale, d.scheduledAt)}</dd>
              <dt>{t('spiegel.plan.place')}</dt>
              <dd>{d.place || t('spiegel.session.noPlace')}</dd>
            </dl>
            <PlanWarningList warnings={d.warnings} template={d.template} />
            <ImpartialityList detail={d} />
          </section>
          <section aria-labelledby="gesprek-live">
            <h2 id="gesprek-live">{t('spiegel.session.liveTitle')}</h2>
            <LiveSection detail={d} onChanged={session.setData} />
          </section>
          <SessionFacilitation detail={d} onChanged={session.setData} />
          {d.status !== 'planned' && (
            <section aria-labelledby="gesprek-actieplan">
              <h2 id="gesprek-actieplan">{t('spiegelPlan.session.title')}</h2>
              <ActionPlanSection schoolId={schoolId} sessionId={sessionId} />
            </section>
          )}
          {d.status !== 'planned' && (
            <section aria-labelledby="gesprek-evaluatie">
              <h2 id="gesprek-evaluatie">{t('spiegel.evalSummary.title')}</h2>
              {/* Keyed by status: closing the session loads the final counts. */}
              <EvaluationSummary key={d.status} base={base} live={d.status === 'live'} />
            </section>
          )}
          {d.status !== 'planned' && (
            <section aria-labelledby="gesprek-verslag">
              <h2 id="gesprek-verslag">{t('spiegel.reportLinks.title')}</h2>
              <ReportLinks schoolId={schoolId} sessionId={sessionId} />
            </section>
          )}
          <section aria-labelledby="gesprek-voorbereiding">
            <h2 id="gesprek-voorbereiding">{t('spiegel.session.preparation')}</h2>
            <p>{t('spiegel.session.preparationText')}</p>
            <ul className="spiegel-links">
              <li>
                <Link to={sessionPath(schoolId, sessionId, 'voorbereiding')}>
                  {t('spiegel.session.briefing')}
                </Link>
              </li>
              <li>
                <a href={`${base}/briefing.pdf`}>
                  {t('spiegel.session.pdf')}
                  <VisuallyHidden> {t('spiegel.session.pdfHint')}</VisuallyHidden>
                </a>
              </li>
            </ul>
          </section>
          {d.canManage && d.status !== 'closed' && (
            <section aria-labelledby="gesprek-plan">
              <h2 id="gesprek-plan">{t('spiegel.session.plan')}</h2>
              <PlanEditSection detail={d} onSaved={session.setData} />
            </section>
          )}
          {d.canManage && d.status !== 'closed' && (
            <section aria-labelledby="gesprek-diversiteit">
              <h2 id="gesprek-diversiteit">{t('spiegel.diversity.title')}</h2>
              <DiversitySection base={base} />
            </section>
          )}
        </div>
      )}
    </>
  );
}
