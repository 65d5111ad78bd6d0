import type { ReactNode, RefObject } from 'react';

export interface TimelineToolbarProps {
  search: string;
  matchCount: number;
  filterOnly: boolean;
  showCritical: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onSearch: (text: string) => void;
  onJump: (direction: 1 | -1) => void;
  onFilterOnly: (on: boolean) => void;
  onShowCritical: (on: boolean) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
}

/** In-trace search, filters and tree controls above the timeline. */
export function TimelineToolbar(p: TimelineToolbarProps): ReactNode {
  const { search, searchRef, filterOnly, showCritical } = p;
  return (
    <div className="timeline-tools">
      <input
        ref={searchRef}
        aria-label="Find in trace"
        placeholder="Find in trace… (/ to focus, n/N next/prev)"
        value={search}
        onChange={(e) => {
          p.onSearch(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') p.onJump(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') p.onSearch('');
        }}
      />
      <span className="muted">{search ? `${p.matchCount} matching` : ''}</span>
      <label>
        <input type="checkbox" checked={filterOnly} onChange={(e) => p.onFilterOnly(e.target.checked)} /> Only
        matches
      </label>
      <label>
        <input type="checkbox" checked={showCritical} onChange={(e) => p.onShowCritical(e.target.checked)} />{' '}
        Critical path
      </label>
      <button type="button" onClick={p.onCollapseAll}>
        Collapse all
      </button>
      <button type="button" onClick={p.onExpandAll}>
        Expand all
      </button>
      <span className="muted keys">
        ↑↓ move · ←→ collapse/expand · Enter details · [ ] all · z/Z zoom to span/reset
      </span>
    </div>
  );
}
