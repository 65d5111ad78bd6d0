import { memo, type ReactNode } from 'react';
import { formatDuration, rulerTicks } from '../model/format.ts';

/** Time axis over the bars, labelled in the current (possibly zoomed) window. */
export const TimelineRuler = memo(function TimelineRuler(props: {
  start: number;
  end: number;
  zoomed: boolean;
  onReset: () => void;
}): ReactNode {
  return (
    <div className="ruler" aria-label="Time ruler">
      <div className="span-name">
        Service &amp; Operation
        {props.zoomed && (
          <button type="button" className="reset-zoom" onClick={props.onReset}>
            Reset zoom
          </button>
        )}
      </div>
      <div className="ruler-ticks">
        {rulerTicks(props.end - props.start).map((t, i, all) => (
          <span key={i} className="tick" style={{ left: `${(i / (all.length - 1)) * 100}%` }}>
            {formatDuration(props.start + t)}
          </span>
        ))}
      </div>
    </div>
  );
});
