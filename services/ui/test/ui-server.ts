import { fromJaegerUiTrace } from '@spanstream/codec';
import { micros, type Span } from '@spanstream/model';
import { createQueryService, type LiveHub } from '@spanstream/query';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { loadFixtureTraces } from '@spanstream/storage-conformance';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { RawTrace } from '../src/api/types.ts';
import { makeSyntheticTrace } from '../src/model/synthetic.ts';

import { ensureUiBuilt, UI_DIST } from '../scripts/ensure-built.ts';

export { ensureUiBuilt, UI_DIST } from '../scripts/ensure-built.ts';

const MINUTE_US = 60_000_000;

/** Two similar "checkout" traces (B has more calls) and one 10,000-span trace, recent enough for a 1h lookback. */
export function scenarioTraces(nowMicros: number): { a: RawTrace; b: RawTrace; large: RawTrace } {
  return {
    a: makeSyntheticTrace({
      spans: 30,
      services: 4,
      traceID: 'c0ffee0000000001',
      startTime: nowMicros - 20 * MINUTE_US,
    }),
    b: makeSyntheticTrace({
      spans: 40,
      services: 4,
      traceID: 'c0ffee0000000002',
      startTime: nowMicros - 10 * MINUTE_US,
    }),
    large: makeSyntheticTrace({
      spans: 10_000,
      services: 12,
      traceID: 'b16b16b16b16b16b',
      startTime: nowMicros - 5 * MINUTE_US,
    }),
  };
}

export interface UiServerOptions {
  readonly basePath?: string;
  readonly uiConfigPath?: string;
  readonly archive?: boolean;
  /** Write Jaeger's storage fixtures (time-shifted to yesterday). Default true. */
  readonly fixtures?: boolean;
  readonly traces?: readonly RawTrace[];
  /** The live tail behind `/api/stream/spans` (`createLiveTail`); none = disabled. */
  readonly liveTail?: LiveHub;
}

export interface UiServer {
  /** Base URL of the UI, with the base path and a trailing slash. */
  readonly url: string;
  stop(): Promise<void>;
}

/** A Jaeger UI JSON trace as model spans, so it can be written into a real store. */
function modelSpans(raw: RawTrace): Span[] {
  const { spans, rejected } = fromJaegerUiTrace(raw);
  if (rejected.length > 0) throw new Error(`trace ${raw.traceID}: ${rejected[0]!.reason}`);
  return spans;
}

/** The real query service over a memory store, serving the built UI. */
export async function startUiServer(options: UiServerOptions = {}): Promise<UiServer> {
  await ensureUiBuilt();
  const store = createMemoryStore();
  if (options.fixtures !== false) {
    for (const trace of loadFixtureTraces('jaeger-model').values()) await store.writeSpans(trace.spans);
  }
  for (const raw of options.traces ?? []) await store.writeSpans(modelSpans(raw));
  const archive = options.archive === true ? createMemoryStore() : undefined;
  const basePath = options.basePath ?? '/';
  const service = createQueryService({
    reader: store.reader,
    dependencies: store.dependencies,
    archive: archive === undefined ? undefined : { reader: archive.reader, writer: archive.writer },
    logger: createLogger({ level: 'silent' }),
    registry: createMetricsRegistry({ defaultMetrics: false }),
    liveTail: options.liveTail,
    options: {
      httpHostPort: { host: '127.0.0.1', port: 0 },
      grpcHostPort: { host: '127.0.0.1', port: 0 },
      basePath,
      staticFiles: UI_DIST,
      uiConfigPath: options.uiConfigPath,
      maxClockSkewAdjustment: micros(0),
      bearerTokenPropagation: false,
      additionalHeaders: [],
      corsAllowedOrigins: [],
      corsAllowedHeaders: [],
      grpcMaxMessageSize: 64 * 1024 * 1024,
      maxSearchDepth: 10_000,
      httpTls: undefined,
      grpcTls: undefined,
    },
  });
  await service.start();
  const prefix = basePath === '/' ? '' : basePath;
  return {
    url: `http://127.0.0.1:${service.ports.http}${prefix}/`,
    stop: () => service.stop(),
  };
}
