/**
 * The public, read-only progress of a conversation's action plan (/voortgang#t=…), for participants and anyone
 * they share it with, without an account. The token stays in the fragment (browsers never send it, so it stays
 * out of logs and referrers) and is posted in the body.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { type ApiError, api, asApiError } from '../../../web/api.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDay } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { StatusText } from './ActionBits.tsx';
import { formatDateOnly, formatWhen } from './closingFormat.ts';
import type { ProgressView } from './followUpTypes.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'ready'; view: ProgressView };

export function ProgressPage() {
  const { t, locale } = useT();
  const { hash } = useLocation();
  const token = useMemo(() => new URLSearchParams(hash.replace(/^#/, '')).get('t') || null, [hash]);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!token) {
      setState({ kind: 'invalid' });
      return;
    }
    let current = true;
    setState({ kind: 'loading' });
    api<ProgressView>('POST', '/api/progress', { token }).then(
      (view) => current && setState({ kind: 'ready', view }),
      (failure: unknown) => {
        if (!current) return;
        const error = asApiError(failure);
        // A mistyped or cut-off token is refused as invalid (400) or unknown (404): to the reader, a bad link.
        setState(
          error.status === 400 || error.status === 404 ? { kind: 'invalid' } : { kind: 'failed', error },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  const view = state.kind === 'ready' ? state.view : null;
  return (
    <div className="spiegel-progress">
      <PageTitle lead={t('spiegel.progress.lead')}>
        {view ? view.title : t('spiegel.progress.pageTitle')}
      </PageTitle>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'invalid' && (
        <Notice tone="warning">
          <p>{t('spiegel.progress.invalid')}</p>
        </Notice>
      )}
      {state.kind === 'failed' && <LoadError message={state.error.message} />}
      {view && (
        <>
          <dl className="spiegel-facts">
            <dt>{t('spiegel.report.school')}</dt>
            <dd>{view.schoolName}</dd>
            <dt>{t('spiegel.list.date')}</dt>
            <dd>{formatWhen(locale, view.date)}</dd>
            <dt>{t('spiegel.report.contact')}</dt>
            <dd>{view.contactPersonName ?? t('spiegel.report.nobody')}</dd>
            <dt>{t('spiegel.report.lead')}</dt>
            <dd>{view.leadName ?? t('spiegel.report.nobody')}</dd>
          </dl>
          <h2>{t('spiegel.progress.actions')}</h2>
          <div data-testid="progress-actions">
            {view.actions.length === 0 && <p>{t('spiegel.progress.noActions')}</p>}
            <ProgressActions actions={view.actions} />
          </div>
        </>
      )}
    </div>
  );
}

/** Each action as a small card: what, for whom, when, how far, and the newest note. */
function ProgressActions({ actions }: { actions: ProgressView['actions'] }) {
  const { t, locale } = useT();
  if (actions.length === 0) return null;
  return (
    <ul className="spiegel-progress__actions">
      {actions.map((action, index) => (
        // Actions carry no id here (the page shows only what a reader needs); their order is fixed.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <li key={index} className={`spiegel-action${action.overdue ? ' spiegel-action--overdue' : ''}`}>
          <h3 className="spiegel-action__what">{action.what}</h3>
          <dl className="spiegel-facts">
            <dt>{t('spiegel.report.target')}</dt>
            <dd>{t(`spiegel.recs.target.${action.target}`)}</dd>
            <dt>{t('spiegel.report.due')}</dt>
            <dd>{action.dueDate ? formatDay(locale, action.dueDate) : t('spiegel.report.noDue')}</dd>
            <dt>{t('spiegel.report.status')}</dt>
            <dd>
              <StatusText status={action.status} overdue={action.overdue} />
            </dd>
            <dt>{t('spiegel.progress.updated')}</dt>
            <dd>{formatDateOnly(locale, action.updatedAt)}</dd>
            {action.latestNote && (
              <>
                <dt>{t('spiegel.progress.note')}</dt>
                <dd className="spiegel-text">{action.latestNote}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
