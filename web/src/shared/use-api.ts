import { useCallback, useEffect, useMemo, useState } from 'react';
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
  // The same object until the answer changes: a page that copies it into state on change (the
  // signal pane) would otherwise put the first answer back on every render, over a saved edit.
  return useMemo(() => ({ ...value, reload }), [value, reload]);
}
