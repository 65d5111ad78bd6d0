/** What the query service answers for one trace: spans returned and distinct span IDs among them. */
export interface TraceAnswer {
  readonly returned: number;
  readonly distinct: number;
}

/** `GET /api/traces/{id}` on the query service; a 404 is an empty answer. */
export async function queryTrace(queryPort: number, traceId: string): Promise<TraceAnswer> {
  const response = await fetch(`http://127.0.0.1:${queryPort}/api/traces/${traceId}`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return { returned: 0, distinct: 0 };
  }
  if (!response.ok) throw new Error(`query /api/traces/${traceId}: ${response.status}`);
  const body = (await response.json()) as { data?: { spans: { spanID: string }[] }[] };
  const ids = (body.data ?? []).flatMap((trace) => trace.spans.map((span) => span.spanID));
  return { returned: ids.length, distinct: new Set(ids).size };
}

/** `count` trace indexes spread evenly over `total`, always including the first and the last. */
export function sampleIndexes(total: number, count: number): number[] {
  if (count >= total) return Array.from({ length: total }, (_, i) => i);
  const step = (total - 1) / (count - 1);
  return [...new Set(Array.from({ length: count }, (_, i) => Math.round(i * step)))];
}
