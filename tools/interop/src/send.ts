import type { InteropTrace } from './fixtures.ts';

/** POSTs each trace as OTLP/JSON to an OTLP/HTTP traces endpoint (ours or Jaeger's). */
export async function sendOtlpJson(url: string, traces: readonly InteropTrace[]): Promise<void> {
  for (const trace of traces) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: trace.otlpJson,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`OTLP POST ${url} (${trace.name}): ${response.status} ${text}`);
  }
}

/** Polls `count` until it reaches `expected` or `timeoutMs` passes; returns the last count. */
export async function waitForCount(
  count: () => Promise<number>,
  expected: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await count().catch(() => 0);
    if (seen >= expected || Date.now() > deadline) return seen;
    // Polling for asynchronous writes (Kafka → ingester → storage), not a timing assumption.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
