import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Trace } from '../model/trace.ts';
import { AggregatedFlame } from './AggregatedFlame.tsx';
import { FlameGraph } from './FlameGraph.tsx';

const MODES = { time: 'Spans in time', merged: 'Merged call paths' } as const;

/** The flame view: spans laid out in time, or identical call paths merged (`?flame=merged`). */
export function FlameView(props: { trace: Trace }): ReactNode {
  const [params, setParams] = useSearchParams();
  const mode = params.get('flame') === 'merged' ? 'merged' : 'time';
  const traces = useMemo(() => [props.trace], [props.trace]);
  return (
    <div className="flame-view">
      <div className="tabs flame-modes" role="tablist" aria-label="Flame graph mode">
        {(Object.keys(MODES) as (keyof typeof MODES)[]).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={m === mode}
            className={m === mode ? 'active' : ''}
            onClick={() => {
              params.set('flame', m);
              setParams(params, { replace: true });
            }}
          >
            {MODES[m]}
          </button>
        ))}
      </div>
      {mode === 'merged' ? <AggregatedFlame traces={traces} /> : <FlameGraph trace={props.trace} />}
    </div>
  );
}
