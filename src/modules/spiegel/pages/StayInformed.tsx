/**
 * "Op de hoogte blijven" on a phone: makes the read-only progress link of the session and shows it, with the
 * advice to keep it. The link is remembered on the phone (closingStorage.ts): after the session closes the
 * participant token no longer works, so the phone could not ask for it again.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { LoadError } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { readLastProgressUrl, readProgressUrl, storeProgressUrl } from './closingStorage.ts';
import type { ProgressLink } from './followUpTypes.ts';

interface Props {
  /** The participant's token from joining. */
  token: string;
  sessionId: string;
}

export function StayInformed({ token, sessionId }: Props) {
  const { t } = useT();
  const [url, setUrl] = useState(() => readProgressUrl(sessionId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justMade, setJustMade] = useState(false);
  const linkRef = useRef<HTMLAnchorElement>(null);
  // The button goes away once the link is there: the link takes the focus, so keyboard users are not lost.
  useEffect(() => {
    if (justMade) linkRef.current?.focus();
  }, [justMade]);

  async function make() {
    setBusy(true);
    setError(null);
    try {
      const result = await api<ProgressLink>('POST', '/api/live/progress-link', { token });
      storeProgressUrl(sessionId, result.url);
      setUrl(result.url);
      setJustMade(true);
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="phone-stay" className="spiegel-stay">
      <h3 id="phone-stay">{t('spiegel.stay.title')}</h3>
      {url ? (
        <ProgressLinkShown url={url} linkRef={linkRef} />
      ) : (
        <>
          <p>{t('spiegel.stay.lead')}</p>
          {error && <LoadError message={error} />}
          <Button variant="secondary" busy={busy} onClick={() => void make()}>
            {t('spiegel.stay.button')}
          </Button>
        </>
      )}
    </section>
  );
}

/** The progress link as a link, with the advice to keep it. */
export function ProgressLinkShown({
  url,
  linkRef,
}: {
  url: string;
  linkRef?: RefObject<HTMLAnchorElement | null>;
}) {
  const { t } = useT();
  return (
    <div className="spiegel-progress-link" data-testid="progress-link">
      <p>{t('spiegel.stay.yourLink')}</p>
      <p>
        <a ref={linkRef} href={url} className="spiegel-progress-link__url">
          {url}
        </a>
      </p>
      <p>{t('spiegel.stay.save')}</p>
    </div>
  );
}

/** The saved link of a session, if this phone made one (for the "conversation has ended" notice). */
export function SavedProgressLink({ sessionId }: { sessionId: string }) {
  const url = readProgressUrl(sessionId);
  return url ? <ProgressLinkShown url={url} /> : null;
}

/**
 * The newest saved link on the join page: once a closed session has refused the phone, its token is forgotten,
 * and this is the only place the link is still shown.
 */
export function LastProgressLink() {
  const { t } = useT();
  const url = readLastProgressUrl();
  if (!url) return null;
  return (
    <section aria-labelledby="last-progress" className="narrow spiegel-stay">
      <h2 id="last-progress">{t('spiegel.stay.title')}</h2>
      <ProgressLinkShown url={url} />
    </section>
  );
}
