import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTraceAdjuster, micros } from '@spanstream/model';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import type { Registry } from '@spanstream/runtime';
import type { FixtureForm, FixtureTrace } from '@spanstream/storage-conformance';
import { loadFixtureTraces } from '@spanstream/storage-conformance';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { MemorySpanStore } from '@spanstream/storage-memory';
import type { DependencyReader, SpanReader } from '@spanstream/storage-api';
import type { FastifyInstance } from 'fastify';
import type { QueryHttpOptions } from '../src/http/app.ts';
import { buildQueryHttpApp } from '../src/http/app.ts';
import { defaultQueryOptions } from '../src/config.ts';
import type { QueryService, QueryServiceDeps } from '../src/query-service.ts';
import { createQueryService } from '../src/query-service.ts';
import { createQueryMetrics } from '../src/metrics.ts';
import type { QueryCoreDeps } from '../src/query-core.ts';
import { createQueryCore } from '../src/query-core.ts';
import { version } from '../src/version.ts';

export const silentLogger = createLogger({ level: 'silent' });

/** The shared Jaeger fixtures (v1 form), decoded and time-shifted once per test file. */
export const fixtures: Map<string, FixtureTrace> = loadFixtureTraces('jaeger-model');

export function fixture(name: string): FixtureTrace {
  const found = fixtures.get(name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
}

let otlpFixtures: Map<string, FixtureTrace> | undefined;

/** The fixtures of one form (the v2 OTLP form has three more traces: scope and link attributes). */
export function fixturesOf(form: FixtureForm): Map<string, FixtureTrace> {
  if (form === 'jaeger-model') return fixtures;
  otlpFixtures ??= loadFixtureTraces('otlp');
  return otlpFixtures;
}

export async function loadedStore(form: FixtureForm = 'jaeger-model'): Promise<MemorySpanStore> {
  const store = createMemoryStore();
  for (const trace of fixturesOf(form).values()) await store.writeSpans(trace.spans);
  return store;
}

/** The whole query service over `store`: silent logger, its own registry, default options, unless `deps` says otherwise. */
export function testQueryService(store: MemorySpanStore, deps: Partial<QueryServiceDeps> = {}): QueryService {
  return createQueryService({
    reader: store.reader,
    dependencies: store.dependencies,
    logger: silentLogger,
    registry: createMetricsRegistry({ defaultMetrics: false }),
    options: defaultQueryOptions(),
    ...deps,
  });
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: MemorySpanStore;
  readonly archive: MemorySpanStore | undefined;
  readonly registry: Registry;
}

export interface TestAppOptions {
  readonly archive?: boolean;
  readonly http?: Partial<QueryHttpOptions>;
  readonly reader?: SpanReader;
  readonly dependencies?: DependencyReader;
  readonly maxClockSkewMicros?: number;
  readonly now?: () => number;
  readonly form?: FixtureForm;
}

/** The query HTTP app over a memory store holding every fixture; nothing listens (use `app.inject`). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const store = await loadedStore(options.form);
  const archive = options.archive === true ? createMemoryStore() : undefined;
  const { app, registry } = await buildTestApp(
    {
      reader: options.reader ?? store.reader,
      dependencies: options.dependencies ?? store.dependencies,
      archive: archive === undefined ? undefined : { reader: archive.reader, writer: archive.writer },
    },
    options,
  );
  return { app, store, archive, registry };
}

/** The query HTTP app over any storage, with test defaults for every HTTP option; nothing listens. */
export async function buildTestApp(
  storage: Pick<QueryCoreDeps, 'reader' | 'dependencies' | 'archive'>,
  options: Pick<TestAppOptions, 'http' | 'maxClockSkewMicros' | 'now'> = {},
): Promise<{ readonly app: FastifyInstance; readonly registry: Registry }> {
  const registry = createMetricsRegistry({ defaultMetrics: false });
  const metrics = createQueryMetrics(registry);
  const core = createQueryCore({
    ...storage,
    metrics,
    adjust: createTraceAdjuster({ maxClockSkewAdjustment: micros(options.maxClockSkewMicros ?? 0) }),
  });
  const app = await buildQueryHttpApp({
    core,
    logger: silentLogger,
    metrics,
    ...(options.now === undefined ? {} : { now: options.now }),
    options: {
      basePath: '/',
      staticDir: join(tmpdir(), 'spanstream-query-no-ui'),
      uiConfig: () => Promise.resolve({ kind: 'none' }),
      version,
      bearerTokenPropagation: false,
      additionalHeaders: [],
      corsAllowedOrigins: [],
      corsAllowedHeaders: [],
      ...options.http,
    },
  });
  await app.ready();
  return { app, registry };
}

/** A built-UI stand-in: Jaeger UI's index.html placeholders plus one hashed asset. */
export function fakeUiBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><base href="/" data-inject-target="BASE_URL" /><script>
      // JAEGER_CONFIG_JS
      function getJaegerUiConfig() { const DEFAULT_CONFIG = null; const JAEGER_CONFIG = DEFAULT_CONFIG; return JAEGER_CONFIG; }
      function getJaegerStorageCapabilities() { const DEFAULT_STORAGE_CAPABILITIES = { archiveStorage: false }; const JAEGER_STORAGE_CAPABILITIES = DEFAULT_STORAGE_CAPABILITIES; return JAEGER_STORAGE_CAPABILITIES; }
      function getJaegerVersion() { const DEFAULT_VERSION = {}; const JAEGER_VERSION = DEFAULT_VERSION; return JAEGER_VERSION; }
    </script></head><body><div id="root"></div><script type="module" src="./assets/index-AbC123xY.js"></script></body></html>`,
  );
  writeFileSync(
    join(dir, 'assets', 'index-AbC123xY.js'),
    `console.log(${JSON.stringify('x'.repeat(4000))});\n`,
  );
  writeFileSync(join(dir, 'favicon.ico'), 'icon');
  return dir;
}

export interface Envelope<T = unknown> {
  data: T;
  total: number;
  limit: number;
  offset: number;
  errors: { code?: number; msg: string; traceID?: string }[] | null;
}
