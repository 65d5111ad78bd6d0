import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const MIN_NAME_COLUMN = 0.15;
const MAX_NAME_COLUMN = 0.75;

/** Clamps the name column's share of the timeline's width. */
function clampColumn(fraction: number): number {
  return Math.min(MAX_NAME_COLUMN, Math.max(MIN_NAME_COLUMN, fraction));
}

/**
 * The draggable line between the span-name column and the bars (Jaeger UI's divider): drag it, or
 * focus it and use the arrow keys. `fraction` is the name column's share of the container's width.
 */
export function ColumnDivider(props: { fraction: number; onChange: (fraction: number) => void }): ReactNode {
  const dragging = useRef(false);
  const move = (e: PointerEvent<HTMLDivElement>): void => {
    if (!dragging.current) return;
    const box = e.currentTarget.parentElement!.getBoundingClientRect();
    props.onChange(clampColumn((e.clientX - box.left) / box.width));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.key === 'ArrowLeft' ? -0.02 : e.key === 'ArrowRight' ? 0.02 : 0;
    if (step === 0) return;
    e.preventDefault();
    props.onChange(clampColumn(props.fraction + step));
  };
  return (
    <div
      className="column-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the span name column"
      aria-valuemin={MIN_NAME_COLUMN * 100}
      aria-valuemax={MAX_NAME_COLUMN * 100}
      aria-valuenow={Math.round(props.fraction * 100)}
      tabIndex={0}
      style={{ left: `${props.fraction * 100}%` }}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={move}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onKeyDown={onKeyDown}
    />
  );
}
