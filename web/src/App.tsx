import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { Loading } from './shared/components.js';
import { Link, RouterProvider, matchPath, useLocation } from './shared/router.js';
import { useTheme, type ThemeChoice } from './shared/theme.js';
import { SessionProvider, roleOf, useSession } from './shared/session.js';
import { api } from './shared/api.js';
import { SignInPage } from './features/people/SignInPage.js';
import { AcceptInvitationPage, FirstAdminPage } from './features/people/AccountForm.js';
import type { Role, SessionView, SignedOut } from '../../contracts/people.js';
import { TodayPage } from './features/today/TodayPage.js';
import { Bell } from './features/notifications/Bell.js';

// Today is the first screen and ships in the main bundle; every other page (and recharts)
// loads on demand so the landing page shows fast.
const InboxPage = lazy(() => import('./features/inbox/InboxPage.js').then((m) => ({ default: m.InboxPage })));
const BoardPage = lazy(() => import('./features/board/BoardPage.js').then((m) => ({ default: m.BoardPage })));
const IssuesPage = lazy(() => import('./features/issues/IssuesPage.js').then((m) => ({ default: m.IssuesPage })));
const IssuePage = lazy(() => import('./features/issues/IssuePage.js').then((m) => ({ default: m.IssuePage })));
const ProductsPage = lazy(() => import('./features/products/ProductsPage.js').then((m) => ({ default: m.ProductsPage })));
const ProductFilePage = lazy(() => import('./features/products/ProductFilePage.js').then((m) => ({ default: m.ProductFilePage })));
const ReviewsPage = lazy(() => import('./features/reviews/ReviewsPage.js').then((m) => ({ default: m.ReviewsPage })));
const UgcPage = lazy(() => import('./features/reviews/UgcPage.js').then((m) => ({ default: m.UgcPage })));
const ReportPage = lazy(() => import('./features/reports/ReportPage.js').then((m) => ({ default: m.ReportPage })));
const ConnectionsPage = lazy(() => import('./features/connections/ConnectionsPage.js').then((m) => ({ default: m.ConnectionsPage })));
const CustomerPage = lazy(() => import('./features/customers/CustomerPage.js').then((m) => ({ default: m.CustomerPage })));
const PeoplePage = lazy(() => import('./features/people/PeoplePage.js').then((m) => ({ default: m.PeoplePage })));
const AccountPage = lazy(() => import('./features/people/AccountPage.js').then((m) => ({ default: m.AccountPage })));
const AuditPage = lazy(() => import('./features/people/AuditPage.js').then((m) => ({ default: m.AuditPage })));
const ImportPage = lazy(() => import('./features/imports/ImportPage.js').then((m) => ({ default: m.ImportPage })));
const settings = () => import('./features/settings/index.js');
const SettingsIndexPage = lazy(() => settings().then((m) => ({ default: m.SettingsIndexPage })));
const PlaybooksSettingsPage = lazy(() => settings().then((m) => ({ default: m.PlaybooksSettingsPage })));
const SlaSettingsPage = lazy(() => settings().then((m) => ({ default: m.SlaSettingsPage })));
const TeamsSettingsPage = lazy(() => settings().then((m) => ({ default: m.TeamsSettingsPage })));
const PhrasesSettingsPage = lazy(() => settings().then((m) => ({ default: m.PhrasesSettingsPage })));
const ReviewRequestSettingsPage = lazy(() => settings().then((m) => ({ default: m.ReviewRequestSettingsPage })));
const ThemesSettingsPage = lazy(() => settings().then((m) => ({ default: m.ThemesSettingsPage })));
const NotificationWebhooksSettingsPage = lazy(() => settings().then((m) => ({ default: m.NotificationWebhooksSettingsPage })));
// The customer's side: public, its own layout, no staff navigation.
const PortalApp = lazy(() => import('./features/portal/PortalApp.js').then((m) => ({ default: m.PortalApp })));
const ApiDocsPage = lazy(() => import('./features/api-docs/ApiDocsPage.js').then((m) => ({ default: m.ApiDocsPage })));
const MonthlyPage = lazy(() => import('./features/reports/MonthlyPage.js').then((m) => ({ default: m.MonthlyPage })));
const NotificationsPage = lazy(() =>
  import('./features/notifications/NotificationsPage.js').then((m) => ({ default: m.NotificationsPage })),
);
const KnowledgePage = lazy(() => import('./features/knowledge/KnowledgePage.js').then((m) => ({ default: m.KnowledgePage })));

const NAV: { to: string; label: string; match: string; roles?: Role[] }[] = [
  { to: '/', label: 'Today', match: '/' },
  { to: '/inbox', label: 'Inbox', match: '/inbox' },
  { to: '/board', label: 'Action board', match: '/board' },
  { to: '/issues', label: 'Issues', match: '/issues' },
  { to: '/products', label: 'Products', match: '/products' },
  { to: '/reviews', label: 'Reviews', match: '/reviews' },
  { to: '/ugc', label: 'UGC library', match: '/ugc' },
  { to: '/knowledge', label: 'Knowledge', match: '/knowledge' },
  { to: '/reports/weekly', label: 'Weekly report', match: '/reports/weekly' },
  { to: '/reports/monthly', label: 'Monthly review', match: '/reports/monthly' },
  { to: '/connections', label: 'Connections', match: '/connections' },
  { to: '/import', label: 'Import', match: '/import' },
  { to: '/settings', label: 'Settings', match: '/settings' },
  { to: '/api-docs', label: 'API', match: '/api-docs' },
  { to: '/people', label: 'People', match: '/people', roles: ['admin'] },
  { to: '/audit', label: 'Audit', match: '/audit', roles: ['admin', 'lead'] },
];

function route(pathname: string): ReactNode {
  if (pathname === '/' || pathname === '/today') return <TodayPage />;
  if (pathname === '/inbox') return <InboxPage />;
  if (pathname === '/board') return <BoardPage />;
  if (pathname === '/issues') return <IssuesPage />;
  let m = matchPath('/issues/:id', pathname);
  if (m) return <IssuePage id={m.id!} />;
  if (pathname === '/products') return <ProductsPage />;
  m = matchPath('/products/:sku', pathname);
  if (m) return <ProductFilePage sku={m.sku!} />;
  if (pathname === '/reviews') return <ReviewsPage />;
  if (pathname === '/ugc') return <UgcPage />;
  if (pathname === '/reports' || pathname === '/reports/weekly') return <ReportPage />;
  if (pathname === '/connections') return <ConnectionsPage />;
  m = matchPath('/customers/:id', pathname);
  if (m) return <CustomerPage id={m.id!} />;
  if (pathname === '/import') return <ImportPage />;
  if (pathname === '/reports/monthly') return <MonthlyPage />;
  if (pathname === '/knowledge') return <KnowledgePage />;
  if (pathname === '/api-docs') return <ApiDocsPage />;
  if (pathname === '/people') return <PeoplePage />;
  if (pathname === '/account') return <AccountPage />;
  if (pathname === '/audit') return <AuditPage />;
  if (pathname === '/notifications') return <NotificationsPage />;
  if (pathname === '/setup') return <FirstAdminPage />;
  if (pathname === '/settings') return <SettingsIndexPage />;
  if (pathname === '/settings/playbooks') return <PlaybooksSettingsPage />;
  if (pathname === '/settings/sla') return <SlaSettingsPage />;
  if (pathname === '/settings/teams') return <TeamsSettingsPage />;
  if (pathname === '/settings/phrases') return <PhrasesSettingsPage />;
  if (pathname === '/settings/review-requests') return <ReviewRequestSettingsPage />;
  if (pathname === '/settings/themes') return <ThemesSettingsPage />;
  if (pathname === '/settings/notification-webhooks') return <NotificationWebhooksSettingsPage />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to Today</Link>.
      </p>
    </>
  );
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/** Who is here, in the header: the signed-in person with sign out, or the single person's "create the first admin". */
function Who({ session }: { session: SessionView }) {
  const { reload } = useSession();
  if (session.mode === 'single') return session.setupNeeded ? <Link to="/setup">Create the first admin</Link> : null;
  if (!session.user) return null;
  return (
    <span className="who">
      <Link to="/account" aria-label={`My account: ${session.user.name}`}>
        {session.user.name}
      </Link>
      <button
        type="button"
        onClick={async () => {
          await api.post<SignedOut>('/api/auth/logout', {});
          await reload();
        }}
      >
        Sign out
      </button>
    </span>
  );
}

function Shell() {
  const { pathname } = useLocation();
  const { session, failure } = useSession();
  if (pathname === '/invitation') return <AcceptInvitationPage />;
  if (!session) return failure ? <p role="alert">{failure.message}</p> : <Loading what="Writeback" />;
  if (session.mode === 'signed_out') return <SignInPage />;
  return <SignedInShell session={session} />;
}

function SignedInShell({ session }: { session: SessionView }) {
  const { pathname } = useLocation();
  const [theme, setTheme] = useTheme();
  const role = session.mode === 'signed_in' ? roleOf(session) : null;
  // On a phone the nav scrolls sideways: keep the current page's link in view.
  useEffect(() => {
    document.querySelector('.nav a[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Writeback
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.filter((n) => !n.roles || (role && n.roles.includes(role))).map((n) => (
            <Link
              key={n.to}
              to={n.to}
              aria-current={
                (n.match === '/' ? pathname === '/' || pathname === '/today' : pathname.startsWith(n.match)) ? 'page' : undefined
              }
            >
              {n.label}
            </Link>
          ))}
        </nav>
        {session.mode === 'signed_in' && <Bell />}
        <Who session={session} />
        <button
          type="button"
          onClick={() => setTheme(NEXT_THEME[theme])}
          aria-label={`Colour theme: ${theme}. Switch to ${NEXT_THEME[theme]}`}
        >
          Theme: {theme}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>{route(pathname)}</Suspense>
      </main>
    </div>
  );
}

function Root() {
  const { pathname } = useLocation();
  if (pathname === '/portal' || pathname.startsWith('/portal/'))
    return (
      <Suspense fallback={<Loading what="the page" />}>
        <PortalApp />
      </Suspense>
    );
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

export function App() {
  return (
    <RouterProvider>
      <Root />
    </RouterProvider>
  );
}
