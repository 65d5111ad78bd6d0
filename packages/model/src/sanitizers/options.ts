import type { KeyValue } from '../key-value.ts';
import { DEFAULT_START_TIME_WINDOW, type StartTimeWindow } from './start-time.ts';

/** Limits and additions applied to every incoming span. All sizes are in UTF-16 code units or bytes as noted. */
export interface SanitizerOptions {
  /** Tags added to every span's process (`--collector.tags`); exact key+value duplicates are skipped. */
  readonly collectorTags: readonly KeyValue[];
  /** String/binary tag, log field and process tag values longer than this are truncated with a warning. 0 = no limit. */
  readonly maxTagValueLength: number;
  /** Tags (span tags plus log fields plus process tags) beyond this count are dropped with a warning. 0 = no limit. */
  readonly maxTagsPerSpan: number;
  /** A span whose estimated size (bytes) is above this is rejected. 0 = no limit. */
  readonly maxSpanSize: number;
  /** Durations above this (µs) get a warning. 0 = no check. */
  readonly maxDurationMicros: number;
  /** Start times more than this (µs) ahead of the collector's clock get a clock-skew warning. 0 = no check. */
  readonly maxClockSkewMicros: number;
  /** Spans whose start time is outside this window are rejected (reason `startTime …`). */
  readonly startTimeWindow: StartTimeWindow;
  /** The collector's clock (µs since epoch); injected so tests need no real time. */
  readonly now: () => number;
}

export const UNKNOWN_SERVICE = 'unknown-service';

export const DEFAULT_SANITIZER_OPTIONS: SanitizerOptions = {
  collectorTags: [],
  maxTagValueLength: 64 * 1024,
  maxTagsPerSpan: 10_000,
  maxSpanSize: 4 * 1024 * 1024,
  maxDurationMicros: 24 * 3600 * 1_000_000,
  maxClockSkewMicros: 10 * 60 * 1_000_000,
  startTimeWindow: DEFAULT_START_TIME_WINDOW,
  now: () => Date.now() * 1000,
};

/**
 * Parses Jaeger's `--collector.tags` value: `key1=value1,key2=${ENV_VAR:default}`.
 * Returns the tags, or an error message naming the bad entry.
 */
export function parseCollectorTags(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { tags: KeyValue[] } | { error: string } {
  const tags: KeyValue[] = [];
  for (const entry of text.split(',')) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) return { error: `collector.tags: "${trimmed}" is not key=value` };
    const key = trimmed.slice(0, eq).trim();
    let value = trimmed.slice(eq + 1).trim();
    const envRef = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(value);
    if (envRef) value = env[envRef[1]!] ?? envRef[2] ?? '';
    tags.push({ key, type: 'string', value });
  }
  return { tags };
}
