import type { Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';

const OTEL_LIBRARY_KEYS = new Set([
  'telemetry.sdk.language',
  'telemetry.sdk.name',
  'telemetry.sdk.version',
  'telemetry.distro.name',
  'telemetry.distro.version',
]);

/**
 * SDK identity attributes describe the process, not the span: Jaeger's
 * OTelTagAdjuster moves them from span tags to process tags.
 */
export function otelTagAdjuster(trace: Trace): Trace {
  return mapSpans(trace, (span) => {
    const moved = span.tags.filter((tag) => OTEL_LIBRARY_KEYS.has(tag.key));
    if (moved.length === 0) return span;
    return {
      ...span,
      tags: span.tags.filter((tag) => !OTEL_LIBRARY_KEYS.has(tag.key)),
      process: { ...span.process, tags: [...span.process.tags, ...moved] },
    };
  });
}
