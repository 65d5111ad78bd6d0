/** Which server and client library: Elastic's client refuses OpenSearch servers (product check). */
export type EsFlavor = 'elasticsearch' | 'opensearch';
export type RolloverFrequency = 'day' | 'hour';

export interface EsAuthOptions {
  /** `--es.username` / `--es.password` */
  readonly username?: string;
  readonly password?: string;
  /** API key (`Authorization: ApiKey …`), Jaeger's `--es.api-key` (v1.71+). */
  readonly apiKey?: string;
  /** Bearer token, the contents of Jaeger's `--es.token-file`. */
  readonly bearerToken?: string;
}

export interface EsTlsOptions {
  /** PEM contents (not paths: main.ts reads the files named by `--es.tls.ca` etc.). */
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly serverName?: string;
  /** `--es.tls.skip-host-verify` */
  readonly skipHostVerify?: boolean;
}

export interface EsBulkOptions {
  /** `--es.bulk.actions`: documents per bulk request (default 1000). */
  readonly actions: number;
  /** `--es.bulk.size`: bytes per bulk request (default 5,000,000). */
  readonly size: number;
  /** `--es.bulk.flush-interval` in ms (default 200). */
  readonly flushIntervalMs: number;
  /** `--es.bulk.workers`: bulk requests in flight at once (default 1). */
  readonly workers: number;
  /** Attempts for items refused with 429/503 (and whole requests that fail to connect). */
  readonly maxAttempts: number;
}

/** The `--es.*` options Spanstream implements, with Jaeger's defaults (see docs/storage.md). */
export interface EsOptions {
  readonly flavor: EsFlavor;
  /** `--es.server-urls` */
  readonly serverUrls: readonly string[];
  readonly auth: EsAuthOptions;
  readonly tls: EsTlsOptions;
  /**
   * `--es.timeout` in ms; 0 = the client's default (Elastic's client: 10 min; OpenSearch's: 30 s of
   * socket idleness, retried twice). Spanstream defaults to 30 s, where Jaeger has none: without it
   * a frozen server makes bulk writes hang instead of failing into the ingester's retry and pause.
   */
  readonly timeoutMs: number;
  /** `--es.sniffer` (off by default, as Jaeger) */
  readonly sniffer: boolean;
  /** `--es.index-prefix` ('' = none; a `-` is added after it) */
  readonly indexPrefix: string;
  /** `--es.index-date-separator` */
  readonly indexDateSeparator: string;
  /** `--es.index-rollover-frequency-spans` / `-services` */
  readonly rolloverFrequencySpans: RolloverFrequency;
  readonly rolloverFrequencyServices: RolloverFrequency;
  /** `--es.use-aliases`: write to `…-write`, read from `…-read` aliases (rollover mode). */
  readonly useAliases: boolean;
  /**
   * The archive store (`--es-archive.*`): spans go to the single `…jaeger-span-archive` index (or
   * its `-archive-write`/`-archive-read` aliases), without service documents, as Jaeger's.
   */
  readonly archive: boolean;
  /** `--es.create-index-templates` */
  readonly createIndexTemplates: boolean;
  /** `--es.num-shards`, `--es.num-replicas` */
  readonly numShards: number;
  readonly numReplicas: number;
  /** `--es.prioirity-span-template` etc. (Jaeger's flag keeps the typo) */
  readonly priorities: { readonly span: number; readonly service: number; readonly dependencies: number };
  /** `--es.max-span-age` in ms (72 h): how far back trace-by-ID, services and operations look. */
  readonly maxSpanAgeMs: number;
  /** `--es.max-doc-count`: search size and terms aggregation size (10000). */
  readonly maxDocCount: number;
  /** `--es.service-cache-ttl` in ms (12 h): service/operation documents are written once per TTL. */
  readonly serviceCacheTtlMs: number;
  /** `--es.tags-as-fields.*` */
  readonly tagsAsFields: {
    readonly all: boolean;
    readonly include: readonly string[];
    readonly dotReplacement: string;
  };
  readonly bulk: EsBulkOptions;
}

export const DEFAULT_ES_OPTIONS: EsOptions = {
  flavor: 'elasticsearch',
  serverUrls: ['http://127.0.0.1:9200'],
  auth: {},
  tls: {},
  timeoutMs: 30_000,
  sniffer: false,
  indexPrefix: '',
  indexDateSeparator: '-',
  rolloverFrequencySpans: 'day',
  rolloverFrequencyServices: 'day',
  useAliases: false,
  archive: false,
  createIndexTemplates: true,
  numShards: 5,
  numReplicas: 1,
  priorities: { span: 0, service: 0, dependencies: 0 },
  maxSpanAgeMs: 72 * 3_600_000,
  maxDocCount: 10_000,
  serviceCacheTtlMs: 12 * 3_600_000,
  tagsAsFields: { all: false, include: [], dotReplacement: '@' },
  bulk: { actions: 1000, size: 5_000_000, flushIntervalMs: 200, workers: 1, maxAttempts: 5 },
};

export type EsOptionsInput = Partial<Omit<EsOptions, 'bulk' | 'priorities' | 'tagsAsFields'>> & {
  readonly bulk?: Partial<EsBulkOptions>;
  readonly priorities?: Partial<EsOptions['priorities']>;
  readonly tagsAsFields?: Partial<EsOptions['tagsAsFields']>;
};

export function resolveEsOptions(input: EsOptionsInput = {}): EsOptions {
  const options: EsOptions = {
    ...DEFAULT_ES_OPTIONS,
    ...input,
    bulk: { ...DEFAULT_ES_OPTIONS.bulk, ...input.bulk },
    priorities: { ...DEFAULT_ES_OPTIONS.priorities, ...input.priorities },
    tagsAsFields: { ...DEFAULT_ES_OPTIONS.tagsAsFields, ...input.tagsAsFields },
  };
  const positive: [string, number][] = [
    ['es.bulk.actions', options.bulk.actions],
    ['es.bulk.size', options.bulk.size],
    ['es.bulk.workers', options.bulk.workers],
    ['es.max-doc-count', options.maxDocCount],
    ['es.num-shards', options.numShards],
  ];
  for (const [name, value] of positive) {
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
  if (options.serverUrls.length === 0) throw new RangeError('es.server-urls must name at least one server');
  return options;
}
