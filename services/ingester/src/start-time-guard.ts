import type { DecodeOutcome } from '@spanstream/kafka';
import { type StartTimeWindow, startTimeOutsideWindow } from '@spanstream/model';

/**
 * Records already in Kafka may come from producers that never went through our collector's sanitizer
 * (another Jaeger collector, an older Spanstream): a span starting in 9999 would make storage create
 * an index for that date. Such spans become rejections, so the pipeline writes their neighbours,
 * dead-letters the record and counts them as failed{reason="start_time"}.
 */
export function guardStartTimes(
  outcome: DecodeOutcome,
  window: StartTimeWindow,
  nowMicros: number,
): DecodeOutcome {
  if (!outcome.ok) return outcome;
  let rejected: { index: number; reason: string }[] | undefined;
  const spans = outcome.spans.filter((span, index) => {
    const reason = startTimeOutsideWindow(span.startTime, window, nowMicros);
    if (reason === undefined) return true;
    (rejected ??= [...outcome.rejected]).push({ index, reason: `${reason} (span ${span.spanId})` });
    return false;
  });
  return rejected === undefined ? outcome : { ok: true, spans, rejected };
}
