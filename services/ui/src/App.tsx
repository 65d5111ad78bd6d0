import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { TopNav } from './components/TopNav.tsx';
import { ComparePage } from './pages/ComparePage.tsx';
import { LivePage } from './pages/LivePage.tsx';
import { MonitorPage } from './pages/MonitorPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { TracePage } from './pages/TracePage.tsx';

// dagre and d3-force are only needed here: a separate chunk, loaded on first visit.
const DependenciesPage = lazy(() =>
  import('./pages/DependenciesPage.tsx').then((m) => ({ default: m.DependenciesPage })),
);
const DeepDependenciesPage = lazy(() =>
  import('./pages/DeepDependenciesPage.tsx').then((m) => ({ default: m.DeepDependenciesPage })),
);

/** `/trace/a...b` is Jaeger UI's compare route; `/trace/a` a single trace. */
function TraceRoute(): ReactNode {
  const { id = '' } = useParams();
  const pair = id.split('...');
  if (pair.length === 2) return <ComparePage a={pair[0]!} b={pair[1]!} />;
  return <TracePage key={id} traceID={id} />;
}

export function AppRoutes(): ReactNode {
  const location = useLocation();
  return (
    <div className="app">
      <TopNav />
      <main className="app-main">
        <ErrorBoundary key={location.pathname}>
          <Routes>
            <Route path="/" element={<Navigate to="/search" replace />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/trace/:id" element={<TraceRoute />} />
            <Route path="/compare" element={<ComparePage a="" b="" />} />
            <Route path="/live" element={<LivePage />} />
            <Route path="/monitor" element={<MonitorPage />} />
            <Route
              path="/dependencies"
              element={
                <Suspense fallback={<p className="muted">Loading…</p>}>
                  <DependenciesPage />
                </Suspense>
              }
            />
            <Route
              path="/deep-dependencies"
              element={
                <Suspense fallback={<p className="muted">Loading…</p>}>
                  <DeepDependenciesPage />
                </Suspense>
              }
            />
            <Route path="*" element={<Navigate to="/search" replace />} />
          </Routes>
        </ErrorBoundary>
      </main>
    </div>
  );
}

export function App(props: { basename: string }): ReactNode {
  return (
    <BrowserRouter basename={props.basename || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}
