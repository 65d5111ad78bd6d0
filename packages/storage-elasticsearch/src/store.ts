import type { SpanStore } from '@spanstream/storage-api';
import type { Registry } from 'prom-client';
import { BulkWriter } from './bulk-writer.ts';
import { createEsTransport, type EsTransport } from './client.ts';
import { ElasticsearchDependencyStore } from './dependency-store.ts';
import type { TagsAsFields } from './document.ts';
import { IndexNames } from './index-names.ts';
import { createEsMetrics } from './metrics.ts';
import { resolveEsOptions, type EsOptions, type EsOptionsInput } from './options.ts';
import { ElasticsearchSpanReader } from './span-reader.ts';
import { ElasticsearchSpanWriter } from './span-writer.ts';
import { createIndexTemplates, ensureAliases } from './templates.ts';

export interface ElasticsearchStoreDeps {
  /** The process's prom-client registry; metrics are kept private when absent. */
  readonly registry?: Registry;
  /** For tests: a transport instead of a real client. */
  readonly transport?: EsTransport;
  readonly now?: () => number;
}

/** The Elasticsearch/OpenSearch SpanStore; `start()` installs templates (and aliases) first. */
export class ElasticsearchSpanStore implements SpanStore {
  readonly options: EsOptions;
  readonly names: IndexNames;
  readonly writer: ElasticsearchSpanWriter;
  readonly reader: ElasticsearchSpanReader;
  readonly dependencies: ElasticsearchDependencyStore;
  readonly dependencyWriter: ElasticsearchDependencyStore;
  readonly #transport: EsTransport;
  readonly #bulk: BulkWriter;
  #closed = false;

  constructor(options: EsOptions, deps: ElasticsearchStoreDeps = {}) {
    this.options = options;
    this.names = new IndexNames(options);
    this.#transport = deps.transport ?? createEsTransport(options);
    const metrics = createEsMetrics(deps.registry);
    this.#bulk = new BulkWriter(this.#transport, options.bulk, metrics);
    const tagsAsFields: TagsAsFields = {
      all: options.tagsAsFields.all,
      include: new Set(options.tagsAsFields.include),
      dotReplacement: options.tagsAsFields.dotReplacement,
    };
    const now = deps.now ?? Date.now;
    this.writer = new ElasticsearchSpanWriter({
      bulk: this.#bulk,
      names: this.names,
      tagsAsFields,
      serviceCacheTtlMs: options.serviceCacheTtlMs,
      archive: options.archive,
      now,
    });
    this.reader = new ElasticsearchSpanReader({
      transport: this.#transport,
      names: this.names,
      options,
      metrics,
      now,
    });
    this.dependencies = new ElasticsearchDependencyStore({
      transport: this.#transport,
      names: this.names,
      maxDocCount: options.maxDocCount,
    });
    this.dependencyWriter = this.dependencies;
  }

  /** Jaeger's factory init: index templates when `--es.create-index-templates`, aliases in rollover mode. */
  async start(): Promise<void> {
    if (this.options.createIndexTemplates)
      await createIndexTemplates(this.#transport, this.names, this.options);
    if (this.options.useAliases) await ensureAliases(this.#transport, this.names, this.options.archive);
  }

  /** Makes every write so far searchable (tests; ES refreshes every second on its own). */
  async refresh(): Promise<void> {
    await this.#bulk.flush();
    await this.#transport.request({
      method: 'POST',
      path: `/${this.names.base('span').replace(/span$/, '*')}/_refresh`,
      querystring: { ignore_unavailable: true, allow_no_indices: true },
    });
  }

  /** Deletes every index and index template of this prefix (tests). */
  async purge(): Promise<void> {
    const all = this.names.base('span').replace(/span$/, '*');
    await this.#transport.request({
      method: 'DELETE',
      path: `/${all}`,
      querystring: { ignore_unavailable: true, allow_no_indices: true, expand_wildcards: 'all' },
    });
    await this.#transport.request(
      { method: 'DELETE', path: `/_index_template/${this.names.template('span').replace(/span$/, '*')}` },
      [404],
    );
  }

  /** Sends what is buffered, then closes the client. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#bulk.close();
    await this.#transport.close();
  }
}

export async function createElasticsearchStore(
  input: EsOptionsInput = {},
  deps: ElasticsearchStoreDeps = {},
): Promise<ElasticsearchSpanStore> {
  const store = new ElasticsearchSpanStore(resolveEsOptions(input), deps);
  await store.start();
  return store;
}
