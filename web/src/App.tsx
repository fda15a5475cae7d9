import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { Loading } from './shared/components.js';
import { Link, RouterProvider, matchPath, navigate, useLocation } from './shared/router.js';
import { useTheme, type ThemeChoice } from './shared/theme.js';
import { InboxPage } from './features/inbox/InboxPage.js';

// The inbox is the first screen and ships in the main bundle; every other page (and recharts)
// loads on demand so the inbox shows fast.
const BoardPage = lazy(() => import('./features/board/BoardPage.js').then((m) => ({ default: m.BoardPage })));
const IssuesPage = lazy(() => import('./features/issues/IssuesPage.js').then((m) => ({ default: m.IssuesPage })));
const IssuePage = lazy(() => import('./features/issues/IssuePage.js').then((m) => ({ default: m.IssuePage })));
const ProductsPage = lazy(() => import('./features/products/ProductsPage.js').then((m) => ({ default: m.ProductsPage })));
const ProductFilePage = lazy(() => import('./features/products/ProductFilePage.js').then((m) => ({ default: m.ProductFilePage })));
const ReviewsPage = lazy(() => import('./features/reviews/ReviewsPage.js').then((m) => ({ default: m.ReviewsPage })));
const UgcPage = lazy(() => import('./features/reviews/UgcPage.js').then((m) => ({ default: m.UgcPage })));
const ReportPage = lazy(() => import('./features/reports/ReportPage.js').then((m) => ({ default: m.ReportPage })));
const ConnectionsPage = lazy(() => import('./features/connections/ConnectionsPage.js').then((m) => ({ default: m.ConnectionsPage })));
// The customer's side: public, its own layout, no staff navigation.
const PortalApp = lazy(() => import('./features/portal/PortalApp.js').then((m) => ({ default: m.PortalApp })));
const ApiDocsPage = lazy(() => import('./features/api-docs/ApiDocsPage.js').then((m) => ({ default: m.ApiDocsPage })));

const NAV: { to: string; label: string; match: string }[] = [
  { to: '/inbox', label: 'Inbox', match: '/inbox' },
  { to: '/board', label: 'Action board', match: '/board' },
  { to: '/issues', label: 'Issues', match: '/issues' },
  { to: '/products', label: 'Products', match: '/products' },
  { to: '/reviews', label: 'Reviews', match: '/reviews' },
  { to: '/ugc', label: 'UGC library', match: '/ugc' },
  { to: '/reports/weekly', label: 'Weekly report', match: '/reports' },
  { to: '/connections', label: 'Connections', match: '/connections' },
  { to: '/api-docs', label: 'API', match: '/api-docs' },
];

function route(pathname: string): ReactNode {
  if (pathname === '/' || pathname === '/inbox') return <InboxPage />;
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
  if (pathname === '/api-docs') return <ApiDocsPage />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at this address. <Link to="/inbox">Go to the inbox</Link>.
      </p>
    </>
  );
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

function Shell() {
  const { pathname } = useLocation();
  const [theme, setTheme] = useTheme();
  if (pathname === '/') queueMicrotask(() => navigate('/inbox', { replace: true }));
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
        <Link to="/inbox" className="brand">
          Writeback
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.map((n) => (
            <Link
              key={n.to}
              to={n.to}
              aria-current={pathname.startsWith(n.match) || (n.match === '/inbox' && pathname === '/') ? 'page' : undefined}
            >
              {n.label}
            </Link>
          ))}
        </nav>
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
  return <Shell />;
}

export function App() {
  return (
    <RouterProvider>
      <Root />
    </RouterProvider>
  );
}
