/**
 * The one load generator of both sides: OTLP/HTTP protobuf, 100 spans per request (the bench workload's
 * ~340-byte spans with 11 attributes, 10 spans per trace), saturating (a fixed number of requests in
 * flight) or at a steady rate (open loop). Only acknowledged requests (200) count; a refused one
 * (429 / 503, the servers' backpressure) is resent after a pause, as an OTLP exporter does.
 */
import { encodeOtlpTraces } from '@spanstream/codec';
import { runConcurrently } from '../harness.ts';
import { benchSpan, SPANS_PER_REQUEST, SPANS_PER_TRACE } from '../workload.ts';

export { SPANS_PER_REQUEST };

/** `count` request bodies with distinct trace IDs from `idBase` on (each request holds 10 whole traces). */
export function requestBodies(count: number, idBase: number): Uint8Array[] {
  const base = Date.now() * 1000;
  return Array.from({ length: count }, (_, r) =>
    encodeOtlpTraces(
      Array.from({ length: SPANS_PER_REQUEST }, (_, i) => benchSpan(r * SPANS_PER_REQUEST + i, base, idBase)),
    ),
  );
}

/** The trace ID (lowercase hex, 32 chars) of the first trace of request `r` of `requestBodies(_, idBase)`. */
export function firstTraceIdOf(r: number, idBase: number): string {
  return (idBase + (r * SPANS_PER_REQUEST) / SPANS_PER_TRACE).toString(16).padStart(32, '0');
}

export interface Tally {
  /** Spans of the requests answered 200. */
  acknowledged: number;
  /** Requests refused (429 / 503) and resent. */
  refused: number;
  /** Requests whose connection failed before an answer (e.g. a keep-alive socket closed under it), resent. */
  connectionErrors?: number;
}

const MAX_RESENDS = 60;

/** POSTs one body until it is acknowledged; refusals are counted and resent with a capped backoff. */
async function send(url: string, body: Uint8Array, tally: Tally): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: 'POST',
        body: body as Uint8Array<ArrayBuffer>,
        headers: { 'content-type': 'application/x-protobuf' },
        signal: AbortSignal.timeout(60_000),
      });
      text = await response.text();
    } catch (error) {
      // Not acknowledged, so resent; had the server taken it anyway, the topic or index count would
      // exceed the acknowledged spans and fail the run.
      if (attempt >= MAX_RESENDS) throw new Error(`OTLP/HTTP ${url}: ${describe(error)}`, { cause: error });
      tally.connectionErrors = (tally.connectionErrors ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 5 * 2 ** attempt)));
      continue;
    }
    if (response.status === 200) {
      tally.acknowledged += SPANS_PER_REQUEST;
      return;
    }
    if ((response.status !== 429 && response.status !== 503) || attempt >= MAX_RESENDS) {
      throw new Error(`OTLP/HTTP ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    tally.refused++;
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 5 * 2 ** attempt)));
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** `requests` requests, `concurrency` in flight, cycling through `bodies`. */
export async function saturate(
  url: string,
  bodies: readonly Uint8Array[],
  requests: number,
  tally: Tally,
  concurrency = 16,
): Promise<void> {
  await runConcurrently(requests, concurrency, (i) => send(url, bodies[i % bodies.length]!, tally));
}

/**
 * `spansPerSecond` for `seconds` (open loop: a request is due every 100 spans / rate, whether or not
 * the previous one was answered), cycling through `bodies`; `onAck(r, at)` is told when request `r`
 * was acknowledged (performance.now()).
 */
export async function steadyRate(
  url: string,
  bodies: readonly Uint8Array[],
  spansPerSecond: number,
  seconds: number,
  tally: Tally,
  onAck: (request: number, at: number) => void = () => undefined,
): Promise<void> {
  const perSecond = spansPerSecond / SPANS_PER_REQUEST;
  const total = Math.round(perSecond * seconds);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let r = 0; r < total; r++) {
    const wait = start + (r * 1000) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(url, bodies[r % bodies.length]!, tally).then(() => {
        onAck(r, performance.now());
      }),
    );
  }
  await Promise.all(inFlight);
}
