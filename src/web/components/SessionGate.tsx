/**
 * Holds the pages back until the session is known, so guards never redirect on a guess.
 * If the server cannot be reached, says so and offers to try again.
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.tsx';
import { Button } from './Button.tsx';
import { PageTitle } from './PageTitle.tsx';
import { Loading } from './Status.tsx';

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useT();
  const { status, refresh } = useSession();
  if (status === 'ready') return <>{children}</>;
  return (
    <main id="inhoud" tabIndex={-1} className="main main--bare">
      {status === 'loading' ? (
        <>
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <Loading />
        </>
      ) : (
        <>
          <PageTitle>{t('gate.failedTitle')}</PageTitle>
          <p>{t('gate.failedText')}</p>
          <Button onClick={() => void refresh()}>{t('gate.retry')}</Button>
        </>
      )}
    </main>
  );
}
