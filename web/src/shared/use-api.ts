import { useCallback, useEffect, useState } from 'react';
import { api, type ApiResult } from './api.js';

export type Loadable<T> = { state: 'loading' } | { state: 'done'; result: ApiResult<T> };

/** Loads `path` (null waits) as a T from contracts/, cancelling a request that a newer path replaced. */
export function useApi<T>(path: string | null): Loadable<T> & { reload: () => void } {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    setValue({ state: 'loading' });
    api.get<T>(path, ctl.signal).then(
      (result) => setValue({ state: 'done', result }),
      () => {
        /* aborted */
      },
    );
    return () => ctl.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...value, reload };
}
