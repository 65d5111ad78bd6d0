import type { KeyValue } from '../api/types.ts';
import type { LinkPattern } from '../config/ui-config.ts';

export interface Link {
  url: string;
  text: string;
}

export interface LinkContext {
  /** The other key/values next to the item (same tag list, process tags, log fields). */
  siblings: readonly KeyValue[];
  trace?: { traceID: string; startTime: number; endTime: number; duration: number };
}

const PARAM = /#\{([^}]+)\}/g;

function lookup(name: string, item: KeyValue, ctx: LinkContext): string | undefined {
  if (name === item.key) return String(item.value);
  if (name.startsWith('trace.') && ctx.trace) {
    const v = ctx.trace[name.slice(6) as keyof NonNullable<LinkContext['trace']>];
    return v === undefined ? undefined : String(v);
  }
  const sibling = ctx.siblings.find((kv) => kv.key === name);
  return sibling === undefined ? undefined : String(sibling.value);
}

/** Fills `#{name}` placeholders; undefined when one is missing (Jaeger UI then shows no link). */
function fill(template: string, item: KeyValue, ctx: LinkContext, encode: boolean): string | undefined {
  let missing = false;
  const out = template.replace(PARAM, (_, name: string) => {
    const v = lookup(name, item, ctx);
    if (v === undefined) {
      missing = true;
      return '';
    }
    return encode ? encodeURIComponent(v) : v;
  });
  return missing ? undefined : out;
}

/** Links configured by `linkPatterns` for one tag / process tag / log field / trace ID. */
export function linksFor(
  patterns: readonly LinkPattern[],
  type: LinkPattern['type'],
  item: KeyValue,
  ctx: LinkContext,
): Link[] {
  const links: Link[] = [];
  for (const p of patterns) {
    if (p.type !== type) continue;
    if (type !== 'traces' && p.key !== undefined && p.key !== item.key) continue;
    const url = fill(p.url, item, ctx, true);
    const text = fill(p.text, item, ctx, false);
    if (url !== undefined && text !== undefined) links.push({ url, text });
  }
  return links;
}
