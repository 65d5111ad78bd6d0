import { useState, type ReactNode } from 'react';

/** Arrays longer than this open as groups of CHUNK items, each collapsed. */
const CHUNK = 100;
/** Levels open at first: the document, `data`, and the trace (its `spans` stay folded). */
const OPEN_LEVELS = 3;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A collapsible JSON viewer: only what is unfolded is rendered, so a 10,000-span trace (15 MB of
 * text) opens at once instead of laying out one huge `<pre>`. Long arrays unfold in groups of 100.
 */
export function JsonTree(props: { value: unknown; label: string }): ReactNode {
  return (
    <div className="json-tree" role="tree" aria-label={props.label}>
      <JsonNode name={null} value={props.value as Json} depth={0} />
    </div>
  );
}

function JsonNode(props: { name: string | null; value: Json; depth: number }): ReactNode {
  const { name, value, depth } = props;
  const [open, setOpen] = useState(depth < OPEN_LEVELS);
  const key = name === null ? null : <span className="json-key">{name}: </span>;
  if (value === null || typeof value !== 'object') {
    return (
      <div className="json-line" role="treeitem" style={{ paddingLeft: depth * 14 }}>
        {key}
        <span className={`json-${value === null ? 'null' : typeof value}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const entries: [string, Json][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  return (
    <div role="treeitem" aria-expanded={open}>
      <button
        type="button"
        className="json-line json-toggle"
        style={{ paddingLeft: depth * 14 }}
        onClick={() => setOpen(!open)}
      >
        <span className="json-caret">{open ? '▾' : '▸'}</span>
        {key}
        <span className="muted">{summary(value, entries.length)}</span>
      </button>
      {open && <Entries entries={entries} depth={depth + 1} />}
    </div>
  );
}

function Entries(props: { entries: [string, Json][]; depth: number }): ReactNode {
  const { entries, depth } = props;
  if (entries.length <= CHUNK)
    return entries.map(([k, v]) => <JsonNode key={k} name={k} value={v} depth={depth} />);
  const groups: [string, Json][][] = [];
  for (let i = 0; i < entries.length; i += CHUNK) groups.push(entries.slice(i, i + CHUNK));
  return groups.map((group) => <Group key={group[0]![0]} entries={group} depth={depth} />);
}

function Group(props: { entries: [string, Json][]; depth: number }): ReactNode {
  const [open, setOpen] = useState(false);
  const first = props.entries[0]![0];
  const last = props.entries[props.entries.length - 1]![0];
  return (
    <div role="treeitem" aria-expanded={open}>
      <button
        type="button"
        className="json-line json-toggle"
        style={{ paddingLeft: props.depth * 14 }}
        onClick={() => setOpen(!open)}
      >
        <span className="json-caret">{open ? '▾' : '▸'}</span>
        <span className="json-key">{`[${first} … ${last}]`}</span>
      </button>
      {open && props.entries.map(([k, v]) => <JsonNode key={k} name={k} value={v} depth={props.depth + 1} />)}
    </div>
  );
}

/** `[10000 items]`, or `{12 keys}` with a span's or a trace's name when it has one. */
function summary(value: Json[] | { [key: string]: Json }, size: number): string {
  if (Array.isArray(value)) return `[${size} item${size === 1 ? '' : 's'}]`;
  const hint = [value['operationName'], value['spanID'] ?? value['traceID'] ?? value['key']]
    .filter((v) => typeof v === 'string')
    .join(' ');
  return `{${size} key${size === 1 ? '' : 's'}}${hint === '' ? '' : ` ${hint}`}`;
}
