import { runStorageConformance } from '@spanstream/storage-conformance';
import type { SpanStore } from '@spanstream/storage-api';
import { stackEsOptions } from '../test/stack.ts';
import { createElasticsearchStore, ElasticsearchSpanStore } from './index.ts';
import type { EsFlavor } from './options.ts';

const asEs = (store: SpanStore): ElasticsearchSpanStore => {
  if (!(store instanceof ElasticsearchSpanStore)) throw new Error('not an Elasticsearch store');
  return store;
};

function conformance(flavor: EsFlavor, useAliases: boolean, tagsAsFields = false): void {
  const mode = `${useAliases ? 'aliases' : 'daily indices'}${tagsAsFields ? ', tags as fields' : ''}`;
  runStorageConformance(`${flavor} (${mode})`, {
    create: async () =>
      createElasticsearchStore({
        ...(await stackEsOptions('conf', flavor)),
        useAliases,
        bulk: { flushIntervalMs: 20 },
        tagsAsFields: { all: tagsAsFields },
      }),
    refresh: (store) => asEs(store).refresh(),
    cleanup: (store) => asEs(store).purge(),
  });
}

conformance('elasticsearch', false);
conformance('elasticsearch', true);
// Jaeger runs its ES suite a second time with --es.tags-as-fields.all=true.
conformance('elasticsearch', false, true);
conformance('opensearch', false);
conformance('opensearch', true);
