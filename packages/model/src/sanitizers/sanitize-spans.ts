import type { Span } from '../span.ts';
import type { SanitizerOptions } from './options.ts';
import { type ProcessCache, sanitizeSpan } from './sanitize-span.ts';

export interface SpanRejection {
  /** Position of the span in the batch handed to the sanitizer. */
  readonly index: number;
  readonly reason: string;
}

export interface SanitizedBatch {
  readonly spans: Span[];
  readonly rejected: SpanRejection[];
  /** True when an accepted span differs from its input (or one was rejected): the original bytes no longer match. */
  readonly changed: boolean;
  /** Estimated size in bytes of the accepted spans. */
  readonly size: number;
}

/** Sanitizes a batch: invalid spans are rejected with a reason, their neighbours kept. */
export function sanitizeSpans(spans: readonly Span[], options: SanitizerOptions): SanitizedBatch {
  const cache: ProcessCache = new Map();
  const accepted: Span[] = [];
  const rejected: SpanRejection[] = [];
  let changed = false;
  let size = 0;
  for (let index = 0; index < spans.length; index++) {
    const input = spans[index]!;
    const verdict = sanitizeSpan(input, options, cache);
    if (verdict.ok) {
      accepted.push(verdict.span);
      size += verdict.size;
      if (verdict.span !== input) changed = true;
    } else {
      rejected.push({ index, reason: verdict.reason });
      changed = true;
    }
  }
  return { spans: accepted, rejected, changed, size };
}
