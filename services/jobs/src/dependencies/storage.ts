import type { ConfigValues } from '@spanstream/config';
import type { Span } from '@spanstream/model';
import type { DependencyWriter, SpanStore } from '@spanstream/storage-api';
import type { Day } from './day.ts';
import {
  cassandraConnectionConfig,
  connectionValues,
  esConnectionConfig,
  type DependenciesOptions,
} from './options.ts';

/** One partition of a day: a trace-ID range (ES/OpenSearch) or a token range (Cassandra), as JSON. */
export type Partition = Readonly<Record<string, string>>;

/** Reads one day's spans partition by partition; every span of a trace is in one partition. */
export interface SpanSource {
  partitions(count: number): Partition[];
  /** Spans of the day, when the backend can count them cheaply (progress); undefined otherwise. */
  total(day: Day): Promise<number | undefined>;
  /** Hands each page of the partition's spans to `onPage`; resolves with the number of spans read. */
  scan(
    day: Day,
    partition: Partition,
    onPage: (spans: Span[]) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<number>;
  close(): Promise<void>;
}

export interface DependencySink {
  readonly writer: DependencyWriter;
  close(): Promise<void>;
}

type EsValues = ConfigValues<typeof esConnectionConfig>;
type CassandraValues = ConfigValues<typeof cassandraConnectionConfig>;

/** The storage packages are imported only when used: the worker may run only the ES jobs. */
export async function openSpanSource(options: DependenciesOptions): Promise<SpanSource> {
  const values = connectionValues(options);
  if (options.storage === 'cassandra') {
    const { CassandraSpanScanner, cassandraOptionsFromConfig, tokenRanges } =
      await import('@spanstream/storage-cassandra');
    const scanner = await CassandraSpanScanner.connect(
      cassandraOptionsFromConfig(values as CassandraValues, 'cassandra'),
    );
    return {
      partitions: (count) => tokenRanges(count).map((range) => ({ ...range })),
      total: () => Promise.resolve(undefined),
      scan: (day, partition, onPage, signal) =>
        scanner.scan(
          { startMicros: day.startMs * 1000, endMicros: day.endMs * 1000 },
          { from: partition['from'] ?? '', to: partition['to'] ?? '' },
          onPage,
          signal === undefined ? {} : { signal },
        ),
      close: () => scanner.close(),
    };
  }
  const {
    ElasticsearchSpanScanner,
    IndexNames,
    createEsTransport,
    esOptionsFromConfig,
    resolveEsOptions,
    traceIdRanges,
  } = await import('@spanstream/storage-elasticsearch');
  const esOptions = resolveEsOptions(esOptionsFromConfig(values as EsValues, 'es', options.storage));
  const transport = createEsTransport(esOptions);
  const scanner = new ElasticsearchSpanScanner({
    transport,
    names: new IndexNames(esOptions),
    dotReplacement: esOptions.tagsAsFields.dotReplacement,
  });
  return {
    partitions: (count) => traceIdRanges(count).map((range) => ({ ...range })),
    total: (day) => scanner.count(day),
    scan: (day, partition, onPage, signal) =>
      scanner.scan(day, partition, onPage, signal === undefined ? {} : { signal }),
    close: () => transport.close(),
  };
}

/** Where the day's links go: `jaeger-dependencies-<day>` (or the write alias), or `dependencies_v2`. */
export async function openDependencySink(options: DependenciesOptions): Promise<DependencySink> {
  const values = connectionValues(options);
  let store: SpanStore;
  if (options.storage === 'cassandra') {
    const { createCassandraStore, cassandraOptionsFromConfig } =
      await import('@spanstream/storage-cassandra');
    store = await createCassandraStore(cassandraOptionsFromConfig(values as CassandraValues, 'cassandra'));
  } else {
    const { createElasticsearchStore, esOptionsFromConfig } =
      await import('@spanstream/storage-elasticsearch');
    store = await createElasticsearchStore(esOptionsFromConfig(values as EsValues, 'es', options.storage));
  }
  const writer = store.dependencyWriter;
  if (writer === undefined) {
    await store.close();
    throw new Error(`dependencies: ${options.storage} has no dependency writer`);
  }
  return { writer, close: () => store.close() };
}
