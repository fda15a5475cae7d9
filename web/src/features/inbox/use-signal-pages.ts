import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignalItem, SignalPage } from '../../../../contracts/signals.js';
import { api, withQuery } from '../../shared/api.js';
import type { Filters } from './types.js';

export const PAGE_SIZE = 100;

interface State {
  items: SignalItem[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
  firstLoaded: boolean;
}

/**
 * The inbox's rows, fetched page by page with the server's cursor: only what has been scrolled
 * to is ever loaded, so the store's size does not change how fast the first page shows.
 */
export function useSignalPages(filters: Filters) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<State>({ items: [], nextCursor: null, loading: true, error: null, firstLoaded: false });
  const inflight = useRef<AbortController | null>(null);
  const [generation, setGeneration] = useState(0);

  const fetchPage = useCallback(
    async (cursor: string | null, reset: boolean) => {
      inflight.current?.abort();
      const ctl = new AbortController();
      inflight.current = ctl;
      setState((s) => ({ ...s, loading: true, error: null, ...(reset ? { items: [], nextCursor: null, firstLoaded: false } : {}) }));
      try {
        const r = await api.get<SignalPage>(withQuery('/api/signals', { ...JSON.parse(key), limit: PAGE_SIZE, cursor }), ctl.signal);
        if (ctl.signal.aborted) return;
        if (!r.ok) {
          setState((s) => ({ ...s, loading: false, error: r.message }));
          return;
        }
        setState((s) => ({
          items: reset ? r.data.items : [...s.items, ...r.data.items],
          nextCursor: r.data.nextCursor,
          loading: false,
          error: null,
          firstLoaded: true,
        }));
      } catch {
        /* aborted by a newer request */
      }
    },
    [key],
  );

  useEffect(() => {
    void fetchPage(null, true);
    return () => inflight.current?.abort();
  }, [fetchPage, generation]);

  const loadMore = useCallback(() => {
    if (!state.loading && state.nextCursor) void fetchPage(state.nextCursor, false);
  }, [state.loading, state.nextCursor, fetchPage]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  /** Updates one row in place after an edit, so the list does not jump back to the top. */
  const patchItem = useCallback((id: number, patch: Partial<SignalItem>) => {
    setState((s) => ({ ...s, items: s.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) }));
  }, []);
  return { ...state, loadMore, refresh, patchItem };
}
