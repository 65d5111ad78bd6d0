import type { DependencyLink, Micros, Millis } from '@spanstream/model';
import type { DependencyReader, DependencyWriter, WriteDependenciesOptions } from '@spanstream/storage-api';
import type { EsTransport } from './client.ts';
import type { IndexNames } from './index-names.ts';

/** Jaeger's dependencies document (`dependencystore/dbmodel`): no `source`, RFC 3339 timestamp. */
export interface EsDependenciesDocument {
  timestamp: string;
  dependencies: { parent: string; child: string; callCount: number }[];
}

/**
 * `jaeger-dependencies-<date>` (or the `-write`/`-read` aliases), written by a batch job
 * (jaegertracing/spark-dependencies, or Spanstream's maintenance job) one document per run.
 */
export class ElasticsearchDependencyStore implements DependencyReader, DependencyWriter {
  readonly #transport: EsTransport;
  readonly #names: IndexNames;
  readonly #maxDocCount: number;

  constructor(deps: { transport: EsTransport; names: IndexNames; maxDocCount: number }) {
    this.#transport = deps.transport;
    this.#names = deps.names;
    this.#maxDocCount = deps.maxDocCount;
  }

  async writeDependencies(
    timestamp: Micros,
    links: readonly DependencyLink[],
    options: WriteDependenciesOptions = {},
  ): Promise<void> {
    const ms = Math.floor(timestamp / 1000);
    const doc: EsDependenciesDocument = {
      timestamp: new Date(ms).toISOString(),
      dependencies: links.map(({ parent, child, callCount }) => ({ parent, child, callCount })),
    };
    await this.#transport.request({
      // With an id, a second write of the same document replaces the first (PUT is idempotent).
      method: options.id === undefined ? 'POST' : 'PUT',
      path: `/${this.#names.writeIndex('dependencies', ms)}/_doc${options.id === undefined ? '' : `/${encodeURIComponent(options.id)}`}`,
      querystring: { refresh: 'false' },
      body: doc,
    });
  }

  /** Links of the documents in [endTs − lookback, endTs], summed per (parent, child) as Jaeger's API does. */
  async getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]> {
    const start = endTs - lookback;
    const indices = this.#names.readIndices('dependencies', start, endTs).join(',');
    const response = await this.#transport.request<{ hits: { hits: { _source: EsDependenciesDocument }[] } }>(
      {
        method: 'POST',
        path: `/${indices}/_search`,
        querystring: { ignore_unavailable: true, allow_no_indices: true },
        body: {
          size: this.#maxDocCount,
          query: {
            range: { timestamp: { gte: new Date(start).toISOString(), lte: new Date(endTs).toISOString() } },
          },
        },
      },
    );
    const sums = new Map<string, DependencyLink>();
    for (const hit of response.body.hits.hits) {
      for (const link of hit._source.dependencies) {
        const key = `${link.parent}\u0000${link.child}`;
        const sum = sums.get(key);
        sums.set(key, {
          parent: link.parent,
          child: link.child,
          callCount: (sum?.callCount ?? 0) + link.callCount,
        });
      }
    }
    return [...sums.values()].sort((a, b) =>
      `${a.parent}\u0000${a.child}`.localeCompare(`${b.parent}\u0000${b.child}`),
    );
  }
}
