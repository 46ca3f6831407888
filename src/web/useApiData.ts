/**
 * Loads one GET resource for a page and reloads it on demand.
 *
 * @example const teams = useApiData<Team[]>(`/api/schools/${id}/teams`); teams.reload();
 */
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from './api.ts';

interface State<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

export function useApiData<T>(path: string) {
  const [state, setState] = useState<State<T>>({ data: undefined, error: undefined, loading: true });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    api<T>('GET', path).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => current && setState({ data: undefined, error: asApiError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((data: T) => setState({ data, error: undefined, loading: false }), []);
  return { ...state, reload, setData };
}
