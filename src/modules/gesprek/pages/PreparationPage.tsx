/**
 * The student's page (/voorbereiden#token=…, PRODUCT G1, G3): no account, on a phone or at home with parents.
 * Before the conversation: the invitation and the preparation in keywords, at the student's language level, saved
 * in between and finished when they are ready. After it: whether they felt listened to, and what was agreed once
 * the teacher shares it. The token stays in the fragment (never sent to a server log) and is posted in the body.
 */
import { useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from '../../../web/api.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useFragmentToken } from '../../../web/fragment.ts';
import { useT } from '../../../web/i18n.tsx';
import { AgreedView } from './AgreedView.tsx';
import { HeardForm } from './HeardForm.tsx';
import { PreparationForm } from './PreparationForm.tsx';
import type { StudentView } from './types.ts';
import './gesprek.css';

type State =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'ready'; view: StudentView };

export function PreparationPage() {
  const { t, locale } = useT();
  const token = useFragmentToken();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!token) {
      setState({ kind: 'invalid' });
      return;
    }
    let current = true;
    api<StudentView>('POST', '/api/preparation', { token }).then(
      (view) => current && setState({ kind: 'ready', view }),
      (failure: unknown) => {
        if (!current) return;
        const error = asApiError(failure);
        if (error.status === 410) setState({ kind: 'expired' });
        else if (error.status === 400 || error.status === 404) setState({ kind: 'invalid' });
        else setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  const view = state.kind === 'ready' ? state.view : null;
  const update = (next: StudentView) => setState({ kind: 'ready', view: next });
  return (
    <div className="gesprek-student narrow">
      <PageTitle
        lead={
          view
            ? t('gesprekPages.student.lead', {
                teacher: view.teacherName,
                date: formatDateTime(locale, view.plannedAt),
              })
            : undefined
        }
      >
        {view?.held ? t('gesprekPages.student.afterTitle') : t('gesprekPages.student.title')}
      </PageTitle>
      {state.kind === 'loading' && <Loading />}
      {(state.kind === 'invalid' || state.kind === 'expired') && (
        <Notice tone="warning">
          <p>
            {state.kind === 'expired' ? t('errors.gesprek.linkExpired') : t('errors.gesprek.linkUnknown')}
          </p>
        </Notice>
      )}
      {state.kind === 'failed' && <LoadError message={state.error.message} />}
      {view && token && (
        <>
          <section className="gesprek-invitation" aria-labelledby="gesprek-aim">
            <h2 id="gesprek-aim">{t('gesprekPages.student.aim')}</h2>
            <p className="gesprek-text">{view.aim}</p>
            <p className="hint">
              {t('gesprekPages.student.whoReads', { teacher: view.teacherName, school: view.schoolName })}
            </p>
          </section>
          {view.held ? (
            <>
              <HeardForm token={token} view={view} onSaved={update} />
              {view.agreed ? (
                <AgreedView view={view} />
              ) : (
                <p>{t('gesprekPages.student.notShared', { teacher: view.teacherName })}</p>
              )}
            </>
          ) : (
            <PreparationForm token={token} view={view} onSaved={update} />
          )}
        </>
      )}
    </div>
  );
}
