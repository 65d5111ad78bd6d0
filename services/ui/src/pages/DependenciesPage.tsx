import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DependencyLink } from '../api/types.ts';
import { serviceColor } from '../components/colors.ts';
import { DependencyFilterBar } from '../components/DependencyFilterBar.tsx';
import { SortableTable } from '../components/SortableTable.tsx';
import { GraphEdges, nodeBoxes } from '../components/GraphEdges.tsx';
import { ZoomPan } from '../components/ZoomPan.tsx';
import { useApp } from '../context.tsx';
import { useAsync, useDocumentTitle } from '../hooks.ts';
import { filterLinks, filtersFromUrl, filtersToUrl, servicesOf } from '../model/dependency-filters.ts';
import { forceLayout } from '../model/force-layout.ts';
import { layeredLayout } from '../model/layout.ts';

const LOOKBACKS: [string, number][] = [
  ['1 hour', 3600e3],
  ['6 hours', 6 * 3600e3],
  ['1 day', 86400e3],
  ['2 days', 2 * 86400e3],
  ['1 week', 7 * 86400e3],
  ['2 weeks', 14 * 86400e3],
];
const NODE_W = 170;
const NODE_H = 34;

type LayoutKind = 'force' | 'dag';

function ServiceGraph(props: {
  links: readonly DependencyLink[];
  kind: LayoutKind;
  focus: string;
  onSelect: (service: string) => void;
}): ReactNode {
  const layout = useMemo(() => {
    const services = [...new Set(props.links.flatMap((l) => [l.parent, l.child]))];
    const input = {
      nodes: services.map((id) => ({ id, width: NODE_W, height: NODE_H })),
      edges: props.links.map((l) => ({ from: l.parent, to: l.child })),
    };
    return props.kind === 'force' ? forceLayout(input) : layeredLayout(input, 'LR');
  }, [props.links, props.kind]);
  const edges = useMemo(() => {
    const counts = new Map(props.links.map((l) => [`${l.parent}\u0000${l.child}`, l.callCount]));
    return layout.edges.map((e) => ({
      key: `${e.from}->${e.to}`,
      points: e.points,
      label: String(counts.get(`${e.from}\u0000${e.to}`) ?? ''),
    }));
  }, [props.links, layout]);
  const boxes = useMemo(() => nodeBoxes(layout.nodes.values()), [layout]);
  return (
    <ZoomPan width={layout.width} height={layout.height} label="Service dependency graph">
      <GraphEdges edges={edges} nodes={boxes} />
      {[...layout.nodes.values()].map((n) => (
        <g
          key={n.id}
          className={`graph-node${n.id === props.focus ? ' ddg-focal' : ''}`}
          data-service={n.id}
          transform={`translate(${n.x - NODE_W / 2},${n.y - NODE_H / 2})`}
          role="button"
          tabIndex={0}
          aria-label={`Neighbourhood of ${n.id}`}
          // No drag from a node: ZoomPan's pointer capture would turn the click into one on the SVG.
          onPointerDown={(e) => e.stopPropagation()}
          onClick={() => props.onSelect(n.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') props.onSelect(n.id);
          }}
        >
          <rect width={NODE_W} height={NODE_H} rx={17} style={{ stroke: serviceColor(n.id) }} />
          <text x={NODE_W / 2} y={21} textAnchor="middle" className="node-service">
            {n.id}
          </text>
        </g>
      ))}
    </ZoomPan>
  );
}

/** "System Architecture": service graph from /api/dependencies with a lookback picker (default 1 week, as Jaeger UI). */
export function DependenciesPage(): ReactNode {
  const { api, config } = useApp();
  useDocumentTitle('System Architecture');
  // Layout and lookback live in the URL (`?layout=dag&lookback=86400000`), so a link shows the same view.
  const [params, setParams] = useSearchParams();
  const lookback = Number(params.get('lookback')) || 7 * 86400e3;
  const kind: LayoutKind = params.get('layout') === 'dag' ? 'dag' : 'force';
  const update = (key: string, value: string): void =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const setLookback = (ms: number): void => update('lookback', String(ms));
  const setKind = (k: LayoutKind): void => update('layout', k);
  const filters = useMemo(() => filtersFromUrl(params), [params]);
  const setFilters = (f: typeof filters): void => setParams((p) => filtersToUrl(f, p), { replace: true });
  const [endTs] = useState(() => Date.now());
  const links = useAsync(() => api.dependencies(endTs, lookback), `${endTs}:${lookback}`);
  // Jaeger UI offers the DAG only up to dependencies.dagMaxNumServices services.
  const allServices = useMemo(() => (links.state === 'done' ? servicesOf(links.value) : []), [links]);
  const shown = useMemo(
    () => (links.state === 'done' ? filterLinks(links.value, filters) : []),
    [links, filters],
  );
  const services = servicesOf(shown).length;
  return (
    <div className="dependencies-page">
      <div className="row">
        <h1>System Architecture</h1>
        <label>
          Lookback{' '}
          <select name="lookback" value={lookback} onChange={(e) => setLookback(Number(e.target.value))}>
            {LOOKBACKS.map(([label, ms]) => (
              <option key={ms} value={ms}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div className="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={kind === 'force'}
            className={kind === 'force' ? 'active' : ''}
            onClick={() => setKind('force')}
          >
            Force Directed Graph
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={kind === 'dag'}
            className={kind === 'dag' ? 'active' : ''}
            disabled={services > config.dependencies.dagMaxNumServices}
            onClick={() => setKind('dag')}
          >
            DAG
          </button>
        </div>
      </div>
      {links.state === 'loading' && <p className="muted">Loading dependencies…</p>}
      {links.state === 'error' && <p className="error">{links.error}</p>}
      {links.state === 'done' && links.value.length === 0 && (
        <p className="muted">No service dependencies found.</p>
      )}
      {links.state === 'done' && links.value.length > 0 && (
        <DependencyFilterBar
          filters={filters}
          services={allServices}
          lookback={lookback}
          onChange={setFilters}
        />
      )}
      {links.state === 'done' && links.value.length > 0 && shown.length === 0 && (
        <p className="muted">No dependencies match the filters.</p>
      )}
      {shown.length > 0 && (
        <>
          <ServiceGraph
            links={shown}
            kind={kind}
            focus={filters.focus}
            onSelect={(focus) => setFilters({ ...filters, focus: focus === filters.focus ? '' : focus })}
          />
          <SortableTable
            label="Dependencies"
            rows={shown}
            initialSort="callCount"
            rowKey={(l) => `${l.parent}->${l.child}`}
            columns={[
              { key: 'parent', label: 'Caller', value: (l) => l.parent },
              { key: 'child', label: 'Callee', value: (l) => l.child },
              { key: 'callCount', label: 'Calls', value: (l) => l.callCount, numeric: true },
            ]}
          />
        </>
      )}
    </div>
  );
}
