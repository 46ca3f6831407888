/**
 * A school's reporting point (/melden/:code), public and without an account (PRODUCT M1, M2): the report step
 * by step, then the receipt code. When no confidant can read reports yet, it says where else to go.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { ClosedPoint } from './ClosedPoint.tsx';
import { type PublicPoint, pointPath } from './publicTypes.ts';
import { Receipt } from './Receipt.tsx';
import { ReportWizard } from './ReportWizard.tsx';

export function ReportPage() {
  const { t } = useT();
  const { code = '' } = useParams();
  const point = useApiData<PublicPoint>(pointPath(code));
  const [receipt, setReceipt] = useState<string | null>(null);

  if (point.error)
    return (
      <div className="narrow">
        <PageTitle>{t('meldpunt.report.title')}</PageTitle>
        <LoadError
          message={point.error.status === 404 ? t('meldpunt.report.notFound') : point.error.message}
        />
      </div>
    );
  if (!point.data) return <Loading />;
  if (receipt) return <Receipt code={code} receipt={receipt} ackDays={point.data.ackDays} />;
  if (!point.data.open) return <ClosedPoint schoolName={point.data.schoolName} />;

  return (
    <div className="narrow meldpunt">
      <PageTitle lead={t('meldpunt.report.lead', { school: point.data.schoolName })}>
        {t('meldpunt.report.title')}
      </PageTitle>
      <ReportWizard
        code={code}
        point={point.data}
        onSent={setReceipt}
        intro={
          <>
            <p>{t('meldpunt.report.intro')}</p>
            <Notice tone="warning">
              <p>{t('meldpunt.report.danger')}</p>
            </Notice>
          </>
        }
      />
      <p className="meldpunt-return-link">
        <Link to={`/melden/${encodeURIComponent(code)}/terug`}>{t('meldpunt.report.returnLink')}</Link>
      </p>
    </div>
  );
}
