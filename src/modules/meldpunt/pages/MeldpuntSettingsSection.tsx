/**
 * The reporting point on the school administration page: the public link, QR code and poster; the deadlines and
 * retention; which confidants can receive reports; the recovery key; and the way to the audit log.
 */
import { Link } from 'react-router';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { MeldpuntDeadlinesForm } from './MeldpuntDeadlinesForm.tsx';
import { MeldpuntPoster } from './MeldpuntPoster.tsx';
import { type MeldpuntSettings, meldpuntBase } from './MeldpuntTypes.ts';
import { RecoveryKeySection } from './RecoveryKeySection.tsx';

interface Props {
  schoolId: string;
  schoolName: string;
}

export function MeldpuntSettingsSection({ schoolId, schoolName }: Props) {
  const { t } = useT();
  const base = meldpuntBase(schoolId);
  const settings = useApiData<MeldpuntSettings>(`${base}/settings`);
  const data = settings.data;

  return (
    <section aria-labelledby="meldpunt" className="meldpunt-settings">
      <h2 id="meldpunt" tabIndex={-1}>
        {t('meldpuntCases.settings.title')}
      </h2>
      <p>{t('meldpuntCases.settings.intro')}</p>
      {settings.loading && !data && <Loading />}
      {settings.error && <LoadError message={settings.error.message} />}
      {data && (
        <>
          <MeldpuntPoster settings={data} schoolName={schoolName} />
          <Confidants confidants={data.confidants} />
          <MeldpuntDeadlinesForm
            base={base}
            settings={data}
            onSaved={(values) => settings.setData({ ...data, ...values })}
          />
          <RecoveryKeySection
            base={base}
            schoolName={schoolName}
            hasRecoveryKey={data.hasRecoveryKey}
            onCreated={() => settings.setData({ ...data, hasRecoveryKey: true })}
          />
          <h3>{t('meldpuntCrisis.list.title')}</h3>
          <p>{t('meldpuntCrisis.home.text')}</p>
          <p>
            <Link to={`/meldpunt/${encodeURIComponent(schoolId)}/crisis`}>
              {t('meldpuntCrisis.home.link')}
            </Link>
          </p>
          <h3>{t('meldpuntCases.audit.title')}</h3>
          <p>{t('meldpuntCases.settings.auditText')}</p>
          <p>
            <Link to={`/meldpunt/${encodeURIComponent(schoolId)}/logboek`}>
              {t('meldpuntCases.audit.link')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** Which confidants receive reports: only those who signed in once since they got the role. */
function Confidants({ confidants }: { confidants: MeldpuntSettings['confidants'] }) {
  const { t } = useT();
  return (
    <>
      <h3>{t('meldpuntCases.settings.confidants')}</h3>
      <p>{t('meldpuntCases.settings.readyNote')}</p>
      {confidants.length === 0 ? (
        <Notice tone="warning">
          <p>{t('meldpuntCases.settings.noConfidants')}</p>
        </Notice>
      ) : (
        <ul>
          {confidants.map((c) => (
            <li key={c.userId}>
              {c.name}:{' '}
              {c.ready
                ? t('meldpuntCases.settings.ready')
                : c.weakPassword
                  ? t('meldpuntCases.settings.weakPassword')
                  : t('meldpuntCases.settings.notReady')}
            </li>
          ))}
        </ul>
      )}
      {confidants.length > 0 && !confidants.some((c) => c.ready) && (
        <Notice tone="warning">
          <p>{t('meldpuntCases.settings.noneReady')}</p>
        </Notice>
      )}
    </>
  );
}
