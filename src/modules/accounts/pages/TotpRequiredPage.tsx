/**
 * Two-step verification set-up (/account/tweestapsverificatie). Users whose role or school requires
 * 2FA land here after signing in and can go on once it is switched on.
 */
import { Link, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { TotpSetup } from './TotpSetup.tsx';

export function TotpRequiredPage() {
  const { t } = useT();
  const { session } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const required = session.state === 'totp_setup_required';

  return (
    <div className="narrow">
      <PageTitle>{t('totpPage.title')}</PageTitle>
      {required && (
        <Notice tone="warning">
          <p>{t('totpPage.required')}</p>
        </Notice>
      )}
      {session.user?.totpEnabled ? (
        <>
          <p>{t('totp.statusOn')}</p>
          <p>
            <Link to="/account">{t('totpPage.toAccount')}</Link>
          </p>
        </>
      ) : (
        <TotpSetup
          onEnabled={() => {
            toast(t('totp.enabled'));
            navigate(
              typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/',
              {
                replace: true,
              },
            );
          }}
        />
      )}
    </div>
  );
}
