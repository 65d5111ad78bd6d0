import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { RawTrace } from '../api/types.ts';
import { DiffGraph } from '../components/DiffGraph.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { diffTraces, type DiffState } from '../model/diff.ts';
import { formatDuration } from '../model/format.ts';
import { buildTrace } from '../model/trace.ts';

const STATE_LABEL: Record<DiffState, string> = { both: 'In both', onlyA: 'Only in A', onlyB: 'Only in B' };

function PickPair(props: { a: string; b: string }): ReactNode {
  const navigate = useNavigate();
  const [a, setA] = useState(props.a);
  const [b, setB] = useState(props.b);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (a.trim() && b.trim()) void navigate(`/trace/${a.trim()}...${b.trim()}`);
  };
  return (
    <form className="compare-pick row" onSubmit={submit}>
      <input aria-label="Trace A" placeholder="Trace A ID" value={a} onChange={(e) => setA(e.target.value)} />
      <input aria-label="Trace B" placeholder="Trace B ID" value={b} onChange={(e) => setB(e.target.value)} />
      <button type="submit">Compare</button>
    </form>
  );
}

function Diff(props: { a: RawTrace; b: RawTrace }): ReactNode {
  const ta = useMemo(() => buildTrace(props.a), [props.a]);
  const tb = useMemo(() => buildTrace(props.b), [props.b]);
  const diff = useMemo(() => diffTraces(ta, tb), [ta, tb]);
  const [hideSame, setHideSame] = useState(false);
  const [params, setParams] = useSearchParams();
  // `?view=graph`: Jaeger UI's coloured diff graph; the table by default.
  const view = params.get('view') === 'graph' ? 'graph' : 'table';
  const nodes = hideSame ? diff.nodes.filter((n) => n.state !== 'both' || n.countA !== n.countB) : diff.nodes;
  return (
    <>
      <div className="compare-heads">
        {[
          ['A', ta],
          ['B', tb],
        ].map(([label, t]) => {
          const trace = t as typeof ta;
          return (
            <div key={label as string} className={`compare-head compare-${(label as string).toLowerCase()}`}>
              <b>{label as string}</b>{' '}
              <Link to={`/trace/${trace.traceID}`}>
                {trace.rootService}: {trace.rootOperation}
              </Link>{' '}
              <span className="muted">
                {trace.traceID} · {formatDuration(trace.duration)} · {trace.spans.length} spans
              </span>
            </div>
          );
        })}
      </div>
      <div className="diff-summary" aria-label="Diff summary">
        {(Object.keys(STATE_LABEL) as DiffState[]).map((s) => (
          <span key={s} className={`badge diff-${s}`} data-state={s}>
            {STATE_LABEL[s]}: {diff.summary[s].nodes} nodes, {diff.summary[s].spans} spans
          </span>
        ))}
        <label>
          <input type="checkbox" checked={hideSame} onChange={(e) => setHideSame(e.target.checked)} /> Hide
          unchanged
        </label>
      </div>
      <div className="tabs" role="tablist" aria-label="Diff view">
        {(['table', 'graph'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            className={v === view ? 'active' : ''}
            onClick={() => {
              params.set('view', v);
              setParams(params, { replace: true });
            }}
          >
            {v === 'table' ? 'Table' : 'Graph'}
          </button>
        ))}
      </div>
      {view === 'graph' ? (
        <DiffGraph a={ta} b={tb} />
      ) : (
        <table className="data-table diff-table" aria-label="Trace diff">
          <thead>
            <tr>
              <th>Call path (service: operation)</th>
              <th className="num">A</th>
              <th className="num">B</th>
              <th className="num">Δ</th>
              <th>State</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.key} className={`diff-${n.state}`} data-state={n.state}>
                <td style={{ paddingLeft: 8 + n.depth * 14 }} title={n.key}>
                  {n.service}: {n.operation}
                </td>
                <td className="num">{n.countA}</td>
                <td className="num">{n.countB}</td>
                <td className="num">
                  {n.countB - n.countA > 0 ? `+${n.countB - n.countA}` : n.countB - n.countA}
                </td>
                <td>{STATE_LABEL[n.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Structural diff of two traces (Jaeger UI's `/trace/a...b`). */
export function ComparePage(props: { a: string; b: string }): ReactNode {
  const { api, uploaded } = useApp();
  useDocumentTitle(props.a === '' ? 'Compare' : `Compare ${props.a.slice(0, 7)} … ${props.b.slice(0, 7)}`);
  const load = (id: string): Promise<RawTrace> => {
    const local = uploaded.get(id);
    return local ? Promise.resolve(local) : api.trace(id);
  };
  const pair = useAsync(
    () => (props.a && props.b ? Promise.all([load(props.a), load(props.b)]) : Promise.resolve(null)),
    `${props.a}...${props.b}`,
  );
  return (
    <div className="compare-page">
      <h1>Compare traces</h1>
      <PickPair a={props.a} b={props.b} />
      {pair.state === 'loading' && <p className="muted">Loading…</p>}
      {pair.state === 'error' && <p className="error">{pair.error}</p>}
      {pair.state === 'done' && pair.value && <Diff a={pair.value[0]} b={pair.value[1]} />}
      {pair.state === 'done' && !pair.value && (
        <p className="muted">Pick two traces (select two results on the search page, or enter their IDs).</p>
      )}
    </div>
  );
}
