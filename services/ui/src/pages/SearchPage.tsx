import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { TracesResult } from '../api/client.ts';
import { AggregatedFlame } from '../components/AggregatedFlame.tsx';
import { ResultList } from '../components/ResultList.tsx';
import { ScatterPlot } from '../components/ScatterPlot.tsx';
import { SearchForm } from '../components/SearchForm.tsx';
import { UploadPanel } from '../components/UploadPanel.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { ddgHref } from '../model/ddg-url.ts';
import { queryFromUrl, queryToUrl, toApiParams, type SearchQuery } from '../model/search-query.ts';
import { SORTS, isSortKey, sortTraces, type SortKey } from '../model/sort.ts';
import { buildTrace } from '../model/trace.ts';
import { downloadJson } from './download.ts';

/** The deep dependency graph of the traces of this search (operation level), focused on `service`. */
function searchDdgHref(params: URLSearchParams, service: string, operation?: string): string {
  const search = new URLSearchParams(params);
  search.delete('sort');
  return ddgHref(service, { operation, search: search.toString() });
}

function Results(props: { result: TracesResult; fromSearch?: boolean }): ReactNode {
  const { config } = useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string[]>([]);
  const [merged, setMerged] = useState(false);
  const sortParam = params.get('sort') ?? 'mostRecent';
  const sort: SortKey = isSortKey(sortParam) ? sortParam : 'mostRecent';
  const traces = useMemo(() => props.result.traces.map(buildTrace), [props.result]);
  const sorted = useMemo(() => sortTraces(traces, sort), [traces, sort]);
  const toggle = (id: string): void => {
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev.slice(-1), id]));
  };
  const open = (id: string): void => void navigate(`/trace/${id}`);
  const query = queryFromUrl(params);
  return (
    <section className="results">
      {props.result.errors.map((e) => (
        <p key={e} className="error">
          {e}
        </p>
      ))}
      <ScatterPlot traces={traces} onOpen={open} />
      <div className="results-bar">
        <strong>
          {traces.length} Trace{traces.length === 1 ? '' : 's'}
        </strong>
        <label>
          Sort
          <select
            name="sort"
            value={sort}
            onChange={(e) => {
              params.set('sort', e.target.value);
              setParams(params, { replace: true });
            }}
          >
            {Object.entries(SORTS).map(([key, s]) => (
              <option key={key} value={key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={selected.length !== 2}
          onClick={() => void navigate(`/trace/${selected[0]!}...${selected[1]!}`)}
        >
          Compare {selected.length}/2
        </button>
        {props.fromSearch === true && query.service !== '' && (
          <Link to={searchDdgHref(params, query.service, query.operation || undefined)}>
            Deep Dependency Graph
          </Link>
        )}
        <button
          type="button"
          disabled={traces.length === 0}
          onClick={() => {
            downloadJson(`traces-${Date.now()}.json`, { data: props.result.traces });
          }}
        >
          Download Results
        </button>
        <button
          type="button"
          aria-pressed={merged}
          disabled={traces.length === 0}
          onClick={() => setMerged((m) => !m)}
        >
          Aggregated flame graph
        </button>
      </div>
      {merged && <AggregatedFlame traces={traces} />}
      <ResultList
        traces={sorted}
        selected={selected}
        onToggle={toggle}
        idLength={config.traceIdDisplayLength}
        serviceHref={props.fromSearch === true ? (s) => searchDdgHref(params, s) : undefined}
      />
    </section>
  );
}

function SearchResults(props: { query: SearchQuery; run: number }): ReactNode {
  const { api } = useApp();
  // start/end are computed when the search runs (lookback is relative to "now"), keyed by the URL query.
  const result = useAsync(
    () => {
      const apiQuery = toApiParams(props.query, Date.now() * 1000);
      if (!apiQuery.ok) return Promise.reject(new Error(apiQuery.error));
      return api.searchTraces(apiQuery.params);
    },
    `${props.run}:${queryToUrl(props.query).toString()}`,
  );
  if (result.state === 'loading') return <p className="muted">Searching…</p>;
  if (result.state === 'error') return <p className="error">{result.error}</p>;
  if (result.value.traces.length === 0 && result.value.errors.length === 0) {
    return <p className="muted">No trace results. Try another query.</p>;
  }
  return <Results result={result.value} fromSearch />;
}

/** Traces opened from files, listed like search results (scatter plot, sort, compare, download). */
function UploadedResults(): ReactNode {
  const { uploaded } = useApp();
  const result = useMemo(() => ({ traces: [...uploaded.values()], errors: [] }), [uploaded]);
  if (result.traces.length === 0)
    return <p className="muted">Choose trace files on the left: they open here, in this browser only.</p>;
  return (
    <>
      <h2 className="uploaded-heading">Uploaded traces</h2>
      <Results result={result} />
    </>
  );
}

export function SearchPage(): ReactNode {
  const { config } = useApp();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<'search' | 'upload'>('search');
  const [run, setRun] = useState(0);
  const paramString = params.toString();
  // The URL is the source of truth, so results are deep-linkable and survive reloads.
  const query = useMemo(() => queryFromUrl(new URLSearchParams(paramString)), [paramString]);
  const hasQuery = query.service !== '' || query.traceIDs.length > 0;
  useDocumentTitle(
    query.service !== ''
      ? `Search: ${query.service}${query.operation === '' ? '' : ` ${query.operation}`}`
      : query.traceIDs.length > 0
        ? `Search: ${query.traceIDs.length} trace IDs`
        : 'Search',
  );
  return (
    <div className="search-page">
      <aside className="search-side">
        <div className="tabs">
          <button type="button" className={tab === 'search' ? 'active' : ''} onClick={() => setTab('search')}>
            Search
          </button>
          {!config.disableFileUploadControl && (
            <button
              type="button"
              className={tab === 'upload' ? 'active' : ''}
              onClick={() => setTab('upload')}
            >
              Upload
            </button>
          )}
        </div>
        {tab === 'search' ? (
          <SearchForm
            key={paramString}
            initial={query}
            onSearch={(q) => {
              const next = queryToUrl(q);
              const sort = params.get('sort');
              if (sort) next.set('sort', sort);
              // Same query again: search again anyway (a relative lookback now ends later).
              if (next.toString() === params.toString()) setRun((n) => n + 1);
              else setParams(next);
            }}
          />
        ) : (
          <UploadPanel />
        )}
      </aside>
      <div className="search-main">
        {tab === 'upload' ? (
          <UploadedResults />
        ) : hasQuery ? (
          <SearchResults query={query} run={run} />
        ) : (
          <p className="muted">Choose a service and find traces.</p>
        )}
      </div>
    </div>
  );
}
