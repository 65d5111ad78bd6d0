import { setTimeout as sleep } from 'node:timers/promises';
import { otlpRequestBody, requestCount, type LoadShape } from './ids.ts';

export interface LoadOptions {
  readonly shape: LoadShape;
  /** Where to send: a function, because the collector's URL is fixed but it may be restarting. */
  readonly url: string;
  /** Spans per second the load aims at (requests are paced, not bursted). */
  readonly rate: number;
  readonly concurrency: number;
  /** Give up on a request after retrying this long; its spans then count as not acknowledged. */
  readonly giveUpMs: number;
  /** The phase (fault) label current when a request is acknowledged. */
  readonly phase: () => string;
  /** Called before request `index` is first sent, so faults can be scheduled by progress. */
  readonly beforeRequest: (index: number) => Promise<void>;
  /** Stops sending (and retrying) when aborted. */
  readonly signal?: AbortSignal;
}

export interface LoadResult {
  /** Per acknowledged request: its phase. Traces are `tracesOfRequest(shape, index)`. */
  readonly ackedPhase: Map<number, string>;
  readonly gaveUp: number[];
  /** Retried sends, by HTTP status ('network' for no answer). */
  readonly retries: Map<string, number>;
  /** Spans the collector reported as rejected in a partial success. */
  readonly partiallyRejected: number;
  /** Wall-clock ms of the last acknowledgment. */
  readonly lastAckAt: number;
  /** Wall-clock ms of acknowledgments, for recovery times. */
  readonly ackTimes: number[];
}

/**
 * Sends the shape's requests at `rate` spans/s over `concurrency` connections. A request is
 * acknowledged only by a 200; 429, 5xx and network errors are retried with jittered backoff,
 * as an OTLP exporter does, so a request cut by a restart may be sent twice (a duplicate the
 * pipeline must absorb).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { shape } = options;
  const total = requestCount(shape);
  const result = {
    ackedPhase: new Map<number, string>(),
    gaveUp: [] as number[],
    retries: new Map<string, number>(),
    partiallyRejected: 0,
    lastAckAt: 0,
    ackTimes: [] as number[],
  };
  const spansPerRequest = shape.tracesPerRequest * shape.spansPerTrace;
  const intervalMs = (1000 * spansPerRequest) / options.rate;
  const began = Date.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total && options.signal?.aborted !== true) {
      const index = next++;
      const due = began + index * intervalMs;
      if (due > Date.now()) await sleep(due - Date.now());
      await options.beforeRequest(index);
      await sendWithRetries(options, index, result);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return result;
}

async function sendWithRetries(
  options: LoadOptions,
  index: number,
  result: {
    ackedPhase: Map<number, string>;
    gaveUp: number[];
    retries: Map<string, number>;
    partiallyRejected: number;
    lastAckAt: number;
    ackTimes: number[];
  },
): Promise<void> {
  const deadline = Date.now() + options.giveUpMs;
  let backoff = 100;
  for (;;) {
    const outcome = await sendOnce(options, index);
    if (typeof outcome === 'number') {
      result.partiallyRejected += outcome;
      result.ackedPhase.set(index, options.phase());
      result.lastAckAt = Date.now();
      result.ackTimes.push(result.lastAckAt);
      return;
    }
    result.retries.set(outcome, (result.retries.get(outcome) ?? 0) + 1);
    if (outcome.startsWith('4') && outcome !== '429') {
      throw new Error(`request ${index} refused with ${outcome}: the load is malformed`);
    }
    if (Date.now() > deadline || options.signal?.aborted === true) {
      result.gaveUp.push(index);
      return;
    }
    await sleep(backoff * (0.5 + Math.random()));
    backoff = Math.min(backoff * 2, 2_000);
  }
}

/** The number of spans rejected in a partial success on 200, else the failure's label. */
async function sendOnce(options: LoadOptions, index: number): Promise<number | string> {
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: otlpRequestBody(options.shape, index, Date.now()),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200) return String(response.status);
    const body = JSON.parse(text || '{}') as { partialSuccess?: { rejectedSpans?: string | number } };
    return Number(body.partialSuccess?.rejectedSpans ?? 0);
  } catch {
    return 'network';
  }
}
