import type { Micros } from '../time.ts';
import type { Adjuster } from './adjuster.ts';
import { composeAdjusters } from './adjuster.ts';
import { clockSkewAdjuster } from './clock-skew.ts';
import { dedupeBySpanHash } from './dedupe-by-span-hash.ts';
import { ipTagAdjuster } from './ip-tag.ts';
import { otelTagAdjuster } from './otel-tag.ts';
import { parentReferenceAdjuster } from './parent-reference.ts';
import { sortTagsAndLogFields } from './sort-tags.ts';
import { spanReferencesAdjuster } from './span-references.ts';
import { zipkinSpanIdUniquifier } from './zipkin-span-id-uniquifier.ts';

export interface StandardAdjusterOptions {
  /** `--query.max-clock-skew-adjustment`; 0 (Jaeger's default) reports skew without moving spans. */
  readonly maxClockSkewAdjustment: Micros;
}

/**
 * The adjusters the query service applies unless `raw=true`: Jaeger v1.62's
 * StandardAdjusters, with one deliberate difference: exact duplicates are
 * removed first (Jaeger dedupes after clock skew, whose "duplicate span IDs"
 * warning then makes the copies differ and survive the dedupe).
 */
export function standardAdjusters(options: StandardAdjusterOptions): Adjuster[] {
  return [
    dedupeBySpanHash,
    zipkinSpanIdUniquifier,
    clockSkewAdjuster(options.maxClockSkewAdjustment),
    ipTagAdjuster,
    otelTagAdjuster,
    sortTagsAndLogFields,
    spanReferencesAdjuster,
    parentReferenceAdjuster,
  ];
}

export function createTraceAdjuster(options: StandardAdjusterOptions): Adjuster {
  return composeAdjusters(standardAdjusters(options));
}
