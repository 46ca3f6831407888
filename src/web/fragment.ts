import { useMemo } from 'react';
import { useLocation } from 'react-router';

/**
 * The `token` from the URL fragment (/uitnodiging#token=…). Links carry tokens in the fragment
 * because browsers never send it to the server, so it stays out of logs and referrers.
 */
export function useFragmentToken(): string | null {
  const { hash } = useLocation();
  return useMemo(() => new URLSearchParams(hash.replace(/^#/, '')).get('token') || null, [hash]);
}
