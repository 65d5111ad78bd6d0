import type { Span } from '../span.ts';

/** The Jaeger `span.kind` tag value ('server', 'client', …) or undefined. */
export function spanKindOf(span: Span): string | undefined {
  for (const tag of span.tags) {
    if (tag.key === 'span.kind' && tag.type === 'string') return tag.value;
  }
  return undefined;
}
