/**
 * Accepting an invitation (/uitnodiging#token=…). Shows who invites you to what; a new person makes
 * an account, someone who already has one confirms with their password.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type ApiError, api, asApiError } from '../../../web/api.ts';
import type { InvitationPreview } from '../../../web/apiTypes.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useFragmentToken } from '../../../web/fragment.ts';
import { useT } from '../../../web/i18n.tsx';
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx';

export function InvitationPage() {
  const { t } = useT();
  const token = useFragmentToken();
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    setPreview(null);
    setError(null);
    api<InvitationPreview>('POST', '/api/invitations/lookup', { token }).then(
      (result) => current && setPreview(result),
      (failure: unknown) => current && setError(asApiError(failure)),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <div className="narrow">
      <PageTitle>{t('invitation.title')}</PageTitle>
      {!token && (
        <Notice tone="warning">
          <p>{t('invitation.noToken')}</p>
        </Notice>
      )}
      {token && !preview && !error && <Loading />}
      {error && (
        <>
          <LoadError message={error.message} />
          <p>
            <Link to="/inloggen">{t('common.backToLogin')}</Link>
          </p>
        </>
      )}
      {token && preview && (
        <>
          <p className="lead">
            {t('invitation.intro', {
              organisation: preview.organisationName,
              school: preview.schoolName,
              role: t(`role.${preview.role}`),
            })}
          </p>
          <p>{preview.existingAccount ? t('invitation.existingLead') : t('invitation.newLead')}</p>
          <AcceptInvitationForm token={token} preview={preview} />
        </>
      )}
    </div>
  );
}
