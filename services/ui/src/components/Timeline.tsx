import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useApp } from '../context.tsx';
import { computeCriticalPath, type Segment } from '../model/critical-path.ts';
import { ancestorIDs, findSpans, parentIDs, visibleSpans } from '../model/timeline-rows.ts';
import type { Span, Trace } from '../model/trace.ts';
import { ColumnDivider } from './ColumnDivider.tsx';
import { SpanDetail } from './SpanDetail.tsx';
import { SpanRow } from './SpanRow.tsx';
import { TimelineOverview } from './TimelineOverview.tsx';
import { TimelineRuler } from './TimelineRuler.tsx';
import { timelineKeyAction } from './timeline-keys.ts';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { ROW_HEIGHT } from './timeline-rows.ts';

type Item = { kind: 'span'; span: Span } | { kind: 'detail'; span: Span };

function toggleIn(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Virtualized span tree: only the rows in view are in the DOM, so 10,000-span traces scroll smoothly. */
export function Timeline(props: { trace: Trace; uiFind: string }): ReactNode {
  const { trace } = props;
  const { config } = useApp();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [nameColumn, setNameColumn] = useState(0.32);
  const [details, setDetails] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState(props.uiFind);
  const [filterOnly, setFilterOnly] = useState(false);
  const [showCritical, setShowCritical] = useState(config.criticalPathEnabled);
  const [focus, setFocus] = useState(0);
  // Zoom window in µs relative to the trace start; null = the whole trace.
  const [zoom, setZoom] = useState<{ start: number; end: number } | null>(null);
  // Same object between renders (scroll frames re-render the timeline) so the memoized overview skips them.
  const view = useMemo(() => zoom ?? { start: 0, end: trace.duration }, [zoom, trace.duration]);
  const resetZoom = useCallback(() => {
    setZoom(null);
  }, []);
  const zoomTo = (span: Span): void => {
    setZoom({ start: span.relativeStart, end: span.relativeStart + Math.max(1, span.duration) });
  };
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const critical = useMemo(
    () => (showCritical ? computeCriticalPath(trace) : new Map<string, Segment[]>()),
    [trace, showCritical],
  );
  // Matching scans every span's tags: let typing stay responsive on big traces and match a beat later.
  const deferredSearch = useDeferredValue(search);
  const matches = useMemo(() => findSpans(trace, deferredSearch), [trace, deferredSearch]);
  const items = useMemo(() => {
    let spans = visibleSpans(trace.ordered, collapsed);
    if (filterOnly && matches.size > 0) spans = spans.filter((s) => matches.has(s.spanID));
    const out: Item[] = [];
    for (const span of spans) {
      out.push({ kind: 'span', span });
      if (details.has(span.spanID)) out.push({ kind: 'detail', span });
    }
    return out;
  }, [trace, collapsed, details, filterOnly, matches]);

  // Stable between renders while `items` is: the virtualizer recomputes every row's key and offset (10,000
  // calls for a 10k-span trace) whenever `getItemKey` changes identity, which would be on every scroll frame.
  const getItemKey = useCallback((i: number) => `${items[i]!.kind}:${items[i]!.span.spanID}`, [items]);
  const estimateSize = useCallback((i: number) => (items[i]?.kind === 'detail' ? 240 : ROW_HEIGHT), [items]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // The virtualizer's methods are read fresh on every render; nothing memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 15,
  });

  const onToggleCollapse = useCallback((id: string) => {
    setCollapsed((prev) => toggleIn(prev, id));
  }, []);
  // A detail just opened is scrolled into view (the last visible row's would open below the scroller).
  const openedDetail = useRef<string | null>(null);
  const onToggleDetail = useCallback((id: string) => {
    setDetails((prev) => {
      openedDetail.current = prev.has(id) ? null : id;
      return toggleIn(prev, id);
    });
  }, []);

  const reveal = useCallback(
    (spanID: string) => {
      const anc = ancestorIDs(trace, spanID);
      setCollapsed((prev) =>
        anc.some((a) => prev.has(a)) ? new Set([...prev].filter((id) => !anc.includes(id))) : prev,
      );
      setDetails((prev) => new Set(prev).add(spanID));
    },
    [trace],
  );

  // `?uiFind=<spanID>` (deep link to a span) opens and scrolls to it once.
  useEffect(() => {
    if (trace.byID.has(props.uiFind)) reveal(props.uiFind);
  }, [trace, props.uiFind, reveal]);
  const scrolledTo = useRef('');
  useEffect(() => {
    if (scrolledTo.current === props.uiFind) return;
    const index = items.findIndex((it) => it.kind === 'span' && it.span.spanID === props.uiFind);
    if (index >= 0) {
      scrolledTo.current = props.uiFind;
      setFocus(index);
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
  }, [items, props.uiFind, virtualizer]);

  useEffect(() => {
    const id = openedDetail.current;
    if (id === null) return;
    openedDetail.current = null;
    const detail = items.findIndex((it) => it.kind === 'detail' && it.span.spanID === id);
    if (detail < 0) return;
    // After the browser has measured the detail: all of it if it fits, else its row at the top.
    const frame = requestAnimationFrame(() => {
      const viewport = scrollRef.current?.clientHeight ?? 0;
      const height = virtualizer.measurementsCache[detail]?.size ?? 0;
      if (height + ROW_HEIGHT <= viewport) virtualizer.scrollToIndex(detail, { align: 'auto' });
      else virtualizer.scrollToIndex(detail - 1, { align: 'start' });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [items, virtualizer]);

  const moveFocus = (index: number): void => {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    setFocus(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };
  const jumpToMatch = (dir: 1 | -1): void => {
    if (matches.size === 0) return;
    for (let step = 1; step <= items.length; step++) {
      const i = (focus + dir * step + items.length) % items.length;
      const it = items[i]!;
      if (it.kind === 'span' && matches.has(it.span.spanID)) {
        moveFocus(i);
        return;
      }
    }
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const item = items[focus];
    const action = timelineKeyAction(e.key, {
      move: (delta) => moveFocus(delta === 'first' ? 0 : delta === 'last' ? items.length - 1 : focus + delta),
      collapse: (collapse) => {
        if (!item) return;
        const id = item.span.spanID;
        setCollapsed((prev) =>
          collapse ? new Set(prev).add(id) : new Set([...prev].filter((x) => x !== id)),
        );
      },
      toggleDetail: () => item && onToggleDetail(item.span.spanID),
      collapseAll: (collapse) => setCollapsed(collapse ? parentIDs(trace) : new Set()),
      jump: jumpToMatch,
      focusSearch: () => searchRef.current?.focus(),
      clearSearch: () => setSearch(''),
      zoom: (zoomIn) => (zoomIn ? item && zoomTo(item.span) : setZoom(null)),
    });
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="timeline" style={{ '--name-col': `${nameColumn * 100}%` } as CSSProperties}>
      <TimelineToolbar
        search={search}
        matchCount={matches.size}
        filterOnly={filterOnly}
        showCritical={showCritical}
        searchRef={searchRef}
        onSearch={setSearch}
        onJump={jumpToMatch}
        onFilterOnly={setFilterOnly}
        onShowCritical={setShowCritical}
        onCollapseAll={() => setCollapsed(parentIDs(trace))}
        onExpandAll={() => setCollapsed(new Set())}
      />
      <TimelineOverview trace={trace} view={view} onZoom={setZoom} />
      <div className="timeline-columns">
        <ColumnDivider fraction={nameColumn} onChange={setNameColumn} />
        <TimelineRuler start={view.start} end={view.end} zoomed={zoom !== null} onReset={resetZoom} />
        <div
          ref={scrollRef}
          className="timeline-scroll"
          tabIndex={0}
          onKeyDown={onKeyDown}
          role="grid"
          aria-label="Trace timeline"
          aria-rowcount={items.length}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const item = items[v.index]!;
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={item.kind === 'detail' ? virtualizer.measureElement : undefined}
                  className="virtual-row"
                  style={{
                    // `top`, not a transform: a transform per row is a compositor node per row to
                    // rebuild and commit each frame; a row's offset never changes while it is mounted.
                    top: v.start,
                    height: item.kind === 'span' ? ROW_HEIGHT : undefined,
                  }}
                >
                  {item.kind === 'span' ? (
                    <SpanRow
                      span={item.span}
                      traceStart={trace.startTime}
                      viewStart={view.start}
                      viewEnd={view.end}
                      collapsed={collapsed.has(item.span.spanID)}
                      detailOpen={details.has(item.span.spanID)}
                      match={matches.has(item.span.spanID)}
                      focused={v.index === focus}
                      critical={critical.get(item.span.spanID)}
                      onToggleCollapse={onToggleCollapse}
                      onToggleDetail={onToggleDetail}
                    />
                  ) : (
                    <SpanDetail span={item.span} trace={trace} onZoom={zoomTo} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
