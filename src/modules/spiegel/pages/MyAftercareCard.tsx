/**
 * "Nazorgverzoeken" on the home page, for the contact person of a session: participants who asked for
 * aftercare after the conversation. A request says nothing about who sent it unless the person wrote how to
 * reach them; that text is shown exactly as written. Shown only when there are requests (or loading failed:
 * a missed request matters more than an empty card).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import type { AftercareList, AftercareRequest } from './followUpTypes.ts';
import { sessionBase } from './types.ts';

export function MyAftercareCard() {
  const { t } = useT();
  const list = useApiData<AftercareList>('/api/my/aftercare');
  const requests = list.data?.requests ?? [];
  if (!list.error && requests.length === 0) return null;
  // Open requests first, the newest of them on top.
  const sorted = [...requests].sort(
    (a, b) =>
      Number(a.handledAt !== null) - Number(b.handledAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );

  function handled(request: AftercareRequest) {
    list.setData({ requests: requests.map((r) => (r.id === request.id ? request : r)) });
  }

  return (
    <section className="card spiegel-aftercare" aria-labelledby="home-aftercare">
      <h2 id="home-aftercare">{t('spiegelPlan.aftercare.title')}</h2>
      {list.error && <LoadError message={list.error.message} />}
      {requests.length > 0 && (
        <>
          <p>{t('spiegelPlan.aftercare.intro')}</p>
          <ul className="spiegel-actions">
            {sorted.map((request) => (
              <AftercareItem key={request.id} request={request} onHandled={handled} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AftercareItem({
  request,
  onHandled,
}: {
  request: AftercareRequest;
  onHandled: (request: AftercareRequest) => void;
}) {
  const { t, locale } = useT();
  const toast = useToast();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const when = formatDateTime(locale, request.createdAt);
  // The button goes away once handled; keyboard focus moves to the sentence that replaces it.
  const [justHandled, setJustHandled] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justHandled) done.current?.focus();
  }, [justHandled]);

  async function markHandled() {
    setBusy(true);
    try {
      const path = `${sessionBase(request.schoolId, request.sessionId)}/aftercare/${encodeURIComponent(request.id)}/handled`;
      onHandled(await api<AftercareRequest>('POST', path));
      setError(null);
      setJustHandled(true);
      toast(t('spiegelPlan.aftercare.handledToast'));
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li>
      <article aria-labelledby={headingId} className="spiegel-action">
        <h3 id={headingId}>{request.sessionTitle}</h3>
        <dl className="spiegel-facts">
          <dt>{t('spiegelPlan.aftercare.when')}</dt>
          <dd>{when}</dd>
          <dt>{t('spiegelPlan.aftercare.message')}</dt>
          <dd className="spiegel-text">{request.message || t('spiegelPlan.aftercare.noMessage')}</dd>
          <dt>{t('spiegelPlan.aftercare.reach')}</dt>
          <dd className="spiegel-text">{request.reach || t('spiegelPlan.aftercare.anonymous')}</dd>
        </dl>
        {request.handledAt ? (
          <p ref={done} tabIndex={-1}>
            {t('spiegelPlan.aftercare.handledBy', {
              name: request.handledByName ?? t('spiegelPlan.history.unknown'),
              when: formatDateTime(locale, request.handledAt),
            })}
          </p>
        ) : (
          <>
            <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
            <Button busy={busy} onClick={() => void markHandled()}>
              {t('spiegelPlan.aftercare.handled')}
              <VisuallyHidden>
                : {request.sessionTitle}, {when}
              </VisuallyHidden>
            </Button>
          </>
        )}
      </article>
    </li>
  );
}
