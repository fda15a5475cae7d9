import { useEffect, useState } from 'react';
import type { NotificationList } from '../../../../contracts/notifications.js';
import { api } from '../../shared/api.js';
import { Link, useLocation } from '../../shared/router.js';

/** Tells the bell to count again (after a notification is read). */
export const NOTIFICATIONS_CHANGED = 'writeback:notifications-changed';

/** The header's bell: how many notifications are unread, linking to the list. Counts again on each page change. */
export function Bell() {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((t) => t + 1);
    window.addEventListener(NOTIFICATIONS_CHANGED, again);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, again);
  }, []);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<NotificationList>('/api/notifications', ctl.signal).then(
      (r) => r.ok && setUnread(r.data.unread),
      () => {},
    );
    return () => ctl.abort();
  }, [pathname, tick]);
  const n = unread ?? 0;
  return (
    <Link to="/notifications" className="bell" aria-label={`Notifications: ${n} unread`}>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n > 0 && <span className="badge">{n}</span>}
    </Link>
  );
}
