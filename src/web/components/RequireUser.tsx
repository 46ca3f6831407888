/**
 * Guards pages that need a signed-in user: anonymous visitors go to the login (or to setup when Kring
 * has no administrator yet); a half-finished sign-in goes to its next step.
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { NoAccessPage } from '../pages/NoAccessPage.tsx';
import { useSession } from '../session.tsx';

interface Props {
  children: ReactNode;
  /** Only for organisation administrators. */
  orgAdmin?: boolean;
  /** The page where a user whose role requires 2FA sets it up. */
  allowTotpSetup?: boolean;
}

export function RequireUser({ children, orgAdmin = false, allowTotpSetup = false }: Props) {
  const { session } = useSession();
  const location = useLocation();
  const from = location.pathname + location.search;

  if (session.state === 'totp_pending') return <Navigate to="/inloggen" replace state={{ from }} />;
  if (session.state === 'totp_setup_required') {
    return allowTotpSetup ? children : <Navigate to="/account/tweestapsverificatie" replace />;
  }
  if (session.state !== 'active' || !session.user) {
    const to = session.setupRequired ? '/inrichten' : '/inloggen';
    return <Navigate to={to} replace state={{ from }} />;
  }
  if (orgAdmin && !session.user.isOrgAdmin) return <NoAccessPage />;
  return <>{children}</>;
}

/** Where to go after signing in: back to the page that asked for it, else home. */
export function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
