import { Fragment, useMemo, useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

/** Sort rows by one column; click a header to sort, again to reverse. */
export function useSorted<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  initial: string,
  initialDesc = true,
) {
  const [sort, setSort] = useState({ key: initial, desc: initialDesc });
  // Memoized: the virtualized span table re-renders on every scroll frame and must not re-sort 10k rows.
  const compare = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key) ?? columns[0]!;
    return (a: T, b: T): number => {
      const va = col.value(a);
      const vb = col.value(b);
      const c =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return sort.desc ? -c : c;
    };
  }, [columns, sort]);
  const sorted = useMemo(() => [...rows].sort(compare), [rows, compare]);
  const header = (c: Column<T>): ReactNode => (
    <th
      key={c.key}
      className={c.numeric ? 'num' : ''}
      aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : true }))}
      >
        {c.label}
        {sort.key === c.key ? (sort.desc ? ' ▾' : ' ▴') : ''}
      </button>
    </th>
  );
  return { sorted, header, compare };
}

export function SortableTable<T>(props: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  initialSort: string;
  rowKey: (row: T) => string;
  label: string;
  /** Rows shown under a row, indented, sorted by the same column (Trace Statistics' sub-groups). */
  subRows?: (row: T) => readonly T[];
}): ReactNode {
  const { sorted, header, compare } = useSorted(props.rows, props.columns, props.initialSort);
  const cells = (row: T): ReactNode =>
    props.columns.map((c) => (
      <td key={c.key} className={c.numeric ? 'num' : ''}>
        {c.render ? c.render(row) : c.value(row)}
      </td>
    ));
  return (
    <table className="data-table" aria-label={props.label}>
      <thead>
        <tr>{props.columns.map(header)}</tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <Fragment key={props.rowKey(row)}>
            <tr>{cells(row)}</tr>
            {[...(props.subRows?.(row) ?? [])].sort(compare).map((sub) => (
              <tr key={props.rowKey(sub)} className="sub-row">
                {cells(sub)}
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
