/** A reporting point without a confidant who can read yet: no form, but where a student can go instead. */
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { useT } from '../../../web/i18n.tsx';

export function ClosedPoint({ schoolName }: { schoolName: string }) {
  const { t } = useT();
  return (
    <div className="narrow">
      <PageTitle lead={t('meldpunt.report.lead', { school: schoolName })}>
        {t('meldpunt.report.closed.title')}
      </PageTitle>
      <p>{t('meldpunt.report.closed.body')}</p>
      <h2>{t('meldpunt.report.closed.elsewhereTitle')}</h2>
      <ul className="meldpunt-elsewhere">
        <li>{t('meldpunt.report.closed.teacher')}</li>
        <li>{t('meldpunt.report.closed.kindertelefoon')}</li>
        <li>{t('meldpunt.report.danger')}</li>
      </ul>
    </div>
  );
}
