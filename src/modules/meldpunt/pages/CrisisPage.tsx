/**
 * One crisis log of the board (/meldpunt/:schoolId/crisis/:crisisId, PRODUCT M5): the seven steps of the approach,
 * each ticked with its time and who and a short note, so the page is also the log of the crisis; and closing it.
 * It holds nothing of a report, not even which one: the page says so, and asks to keep names out of the notes.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { ChecklistStep } from './ChecklistStep.tsx';
import { useCrisisName } from './CrisisListPage.tsx';
import { type CrisisLog, crisesBase } from './MeldpuntTypes.ts';

const MAX_NOTE = 1000;

export function CrisisPage() {
  const { schoolId = '', crisisId = '' } = useParams();
  return <CrisisView key={crisisId} schoolId={schoolId} crisisId={crisisId} />;
}

function CrisisView({ schoolId, crisisId }: { schoolId: string; crisisId: string }) {
  const { t, locale } = useT();
  const user = useUser();
  const name = useCrisisName();
  const base = `${crisesBase(schoolId)}/${encodeURIComponent(crisisId)}`;
  const log = useApiData<CrisisLog>(base);
  const data = log.data;
  const schoolName = user.memberships.find((m) => m.schoolId === schoolId)?.schoolName;

  return (
    <>
      <PageTitle lead={schoolName}>{data ? name(data) : t('meldpuntCrisis.list.title')}</PageTitle>
      <p>
        <Link to={`/meldpunt/${encodeURIComponent(schoolId)}/crisis`}>{t('meldpuntCrisis.page.back')}</Link>
      </p>
      {log.loading && !data && <Loading />}
      {log.error && <LoadError message={log.error.message} />}
      {data && (
        <>
          <p>
            {data.startedBy
              ? t('meldpuntCrisis.startedBy', {
                  at: formatDateTime(locale, data.startedAt),
                  name: data.startedBy,
                })
              : formatDateTime(locale, data.startedAt)}
          </p>
          <Notice>
            <p>{t('meldpuntCrisis.noContent')}</p>
          </Notice>
          <section aria-labelledby="crisis-stappen">
            <h2 id="crisis-stappen">{t('meldpuntCrisis.page.steps')}</h2>
            <p role="status">
              {data.next
                ? t('meldpuntCrisis.page.next', { step: t(`meldpuntCases.step.${data.next}`) })
                : t('meldpuntCrisis.page.allDone')}
            </p>
            <ol className="meldpunt-checklist">
              {data.steps.map((s) => (
                <ChecklistStep
                  key={s.step}
                  id={`crisis-${s.step}`}
                  label={t(`meldpuntCases.step.${s.step}`)}
                  path={`${base}/steps/${s.step}`}
                  record={s}
                  maxNote={MAX_NOTE}
                  noteHint={t('meldpuntCrisis.page.noteHint')}
                  onSaved={log.reload}
                />
              ))}
            </ol>
          </section>
          <CloseCrisis base={base} log={data} onChanged={log.setData} />
        </>
      )}
    </>
  );
}

/** Closing the log when the crisis is over (with time and who), or opening it again. */
function CloseCrisis({
  base,
  log,
  onChanged,
}: {
  base: string;
  log: CrisisLog;
  onChanged: (l: CrisisLog) => void;
}) {
  const { t, locale } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(closed: boolean) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api<CrisisLog>('PATCH', base, { closed }));
      toast(t(closed ? 'meldpuntCrisis.page.closed' : 'meldpuntCrisis.page.reopened'));
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="crisis-afsluiten">
      <h2 id="crisis-afsluiten">{t('meldpuntCrisis.page.closeTitle')}</h2>
      {log.closedAt ? (
        <p>
          {log.closedBy
            ? t('meldpuntCrisis.closedBy', { at: formatDateTime(locale, log.closedAt), name: log.closedBy })
            : t('meldpuntCrisis.closedOn', { at: formatDateTime(locale, log.closedAt) })}
        </p>
      ) : (
        <p>{t('meldpuntCrisis.page.closeText')}</p>
      )}
      {error && <p role="alert">{error}</p>}
      <ButtonRow>
        <Button variant="secondary" busy={busy} onClick={() => void change(!log.closedAt)}>
          {t(log.closedAt ? 'meldpuntCrisis.page.reopen' : 'meldpuntCrisis.page.close')}
        </Button>
      </ButtonRow>
    </section>
  );
}
