/**
 * The crisis approach on a case (PRODUCT M5): a confidant starts the board's crisis log from here. The board then
 * sees that checklist and nothing of the report; only confidants see, here, which log belongs to this case.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { LoadError, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { crisisPage } from './MeldpuntTypes.ts';
import { StartCrisisForm } from './StartCrisisForm.tsx';

interface Props {
  schoolId: string;
  base: string;
}

export function CaseCrisis({ schoolId, base }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const link = useApiData<{ crisisId: string | null; startedAt: string | null }>(`${base}/crisis`);
  const started = useRef(false);
  const linkRef = useRef<HTMLAnchorElement>(null);
  // After starting, the button makes way for the link to the log: keyboard users land on it.
  useEffect(() => {
    if (started.current && link.data?.crisisId) linkRef.current?.focus();
  }, [link.data]);

  return (
    <section aria-labelledby="melding-crisis">
      <h2 id="melding-crisis">{t('meldpuntCrisis.case.title')}</h2>
      {link.error && <LoadError message={link.error.message} />}
      {link.data?.crisisId ? (
        <Notice>
          <p>{t('meldpuntCrisis.case.running', { at: formatDateTime(locale, link.data.startedAt ?? '') })}</p>
          <p>
            <Link ref={linkRef} to={crisisPage(schoolId, link.data.crisisId)}>
              {t('meldpuntCrisis.case.open')}
            </Link>
          </p>
        </Notice>
      ) : (
        link.data && (
          <>
            <p>{t('meldpuntCrisis.case.intro')}</p>
            <StartCrisisForm
              path={`${base}/crisis`}
              onStarted={() => {
                started.current = true;
                toast(t('meldpuntCrisis.started'));
                link.reload();
              }}
            />
          </>
        )
      )}
    </section>
  );
}
