import type { SpanId } from '../ids.ts';
import type { Span } from '../span.ts';
import { parentSpanId } from '../span.ts';
import type { Micros } from '../time.ts';
import type { Adjuster } from './adjuster.ts';
import { withWarning } from './adjuster.ts';
import { formatGoDuration } from './format-go-duration.ts';

export const WARNING_DUPLICATE_SPAN_ID = 'duplicate span IDs; skipping clock skew adjustment';

interface SkewNode {
  /** Replaced (never mutated) when the span is adjusted or warned about. */
  span: Span;
  readonly children: SkewNode[];
  readonly hostKey: string;
}

interface Skew {
  readonly hostKey: string;
  /** µs to add to the span's timestamps. */
  readonly delta: number;
}

/**
 * Jaeger's ClockSkew adjuster: a child span reported by another host should
 * start and end within its parent; when it does not, its host's clock is
 * assumed to be off and the child (and every descendant on the same host) is
 * shifted so that network latency splits evenly around it. Shifts larger than
 * `maxDelta` are not applied, only reported as span warnings; with maxDelta 0
 * (Jaeger's default, `--query.max-clock-skew-adjustment=0s`) nothing moves.
 */
export function clockSkewAdjuster(maxDelta: Micros): Adjuster {
  return (trace) => {
    const nodes = buildNodes(trace.spans);
    for (const root of nodes.roots)
      adjustNode(root, undefined, { hostKey: root.hostKey, delta: 0 }, maxDelta);
    const spans = nodes.ordered.map((node) => node.span);
    return spans.every((span, i) => span === trace.spans[i]) ? trace : { ...trace, spans };
  };
}

function buildNodes(spans: readonly Span[]): { ordered: SkewNode[]; roots: SkewNode[] } {
  const byId = new Map<SpanId, SkewNode>();
  const ordered: SkewNode[] = [];
  for (const span of spans) {
    const node: SkewNode = { span, children: [], hostKey: hostKey(span) };
    ordered.push(node);
    if (byId.has(span.spanId)) {
      node.span = withWarning(node.span, WARNING_DUPLICATE_SPAN_ID);
    } else {
      byId.set(span.spanId, node);
    }
  }
  const roots: SkewNode[] = [];
  for (const node of byId.values()) {
    const parentId = parentSpanId(node.span);
    if (parentId === undefined) {
      roots.push(node);
      continue;
    }
    const parent = byId.get(parentId);
    if (parent !== undefined && parent !== node) {
      parent.children.push(node);
    } else {
      node.span = withWarning(
        node.span,
        `parent span ID=${parentId} is not in the trace; skipping clock skew adjustment`,
      );
      roots.push(node);
    }
  }
  return { ordered, roots };
}

/** Identity of the host that reported the span: its process `ip` tag. */
function hostKey(span: Span): string {
  const tag = span.process.tags.find((t) => t.key === 'ip');
  if (tag === undefined) return '';
  if (tag.type === 'string') return tag.value;
  if (tag.type === 'int64') return ipv4FromUint32(Number(BigInt.asUintN(32, tag.value)));
  if (tag.type === 'binary' && tag.value.length === 4) return [...tag.value].join('.');
  if (tag.type === 'binary' && tag.value.length === 16) return ipv6Key(tag.value);
  return '';
}

export function ipv4FromUint32(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

function ipv6Key(bytes: Uint8Array): string {
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  if (mapped) return [...bytes.slice(12)].join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}

/** Depth-first from one root, iteratively: a trace can be a 10,000-span chain. */
function adjustNode(root: SkewNode, parent: SkewNode | undefined, skew: Skew, maxDelta: Micros): void {
  const pending: [SkewNode, SkewNode | undefined, Skew][] = [[root, parent, skew]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, nodeParent, inherited] = next;
    let current = inherited;
    if (nodeParent !== undefined && (node.hostKey !== inherited.hostKey || node.hostKey === '')) {
      current = { hostKey: node.hostKey, delta: calculateSkew(node.span, nodeParent.span) };
    }
    adjustTimestamps(node, current.delta, maxDelta);
    for (const child of node.children) pending.push([child, node, current]);
  }
}

function calculateSkew(child: Span, parent: Span): number {
  const parentEnd = parent.startTime + parent.duration;
  const childEnd = child.startTime + child.duration;
  if (child.duration > parent.duration) {
    // The child outlived its parent (async, or the parent timed out): only make sure it does not start first.
    return child.startTime < parent.startTime ? parent.startTime - child.startTime : 0;
  }
  if (child.startTime >= parent.startTime && childEnd <= parentEnd) return 0;
  // Assume network latency is split equally between request and response.
  const latency = Math.trunc((parent.duration - child.duration) / 2);
  return parent.startTime + latency - child.startTime;
}

function adjustTimestamps(node: SkewNode, delta: number, maxDelta: Micros): void {
  if (delta === 0) return;
  const shown = formatGoDuration(BigInt(delta) * 1000n);
  if (Math.abs(delta) > maxDelta) {
    const warning =
      maxDelta === 0
        ? `clock skew adjustment disabled; not applying calculated delta of ${shown}`
        : `max clock skew adjustment delta of ${formatGoDuration(BigInt(maxDelta) * 1000n)} exceeded; not applying calculated delta of ${shown}`;
    node.span = withWarning(node.span, warning);
    return;
  }
  const span = node.span;
  node.span = {
    ...span,
    startTime: (span.startTime + delta) as Micros,
    warnings: [...span.warnings, `This span's timestamps were adjusted by ${shown}`],
    logs: span.logs.map((log) => ({ ...log, timestamp: (log.timestamp + delta) as Micros })),
  };
}
