import { micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { elasticsearchUrl, uniqueName } from '@spanstream/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createElasticsearchStore,
  createEsTransport,
  IndexNames,
  resolveEsOptions,
  type ElasticsearchSpanStore,
  type EsTransport,
} from '../src/index.ts';
import { JAEGER_SPAN_MAPPING } from './jaeger-reference.ts';

/** What Jaeger v2 installs at start on Elasticsearch 8 (`jaeger-span-8.json`, priority 0). */
async function putJaegerTemplate(transport: EsTransport, prefix: string): Promise<void> {
  const { settings, ...mappings } = JAEGER_SPAN_MAPPING;
  await transport.request({
    method: 'PUT',
    path: `/_index_template/${prefix}-jaeger-span`,
    body: {
      priority: 0,
      index_patterns: [`${prefix}-jaeger-span-*`],
      template: { settings: { ...settings, 'index.number_of_shards': 1 }, mappings },
    },
  });
}

const span = (start: number): Span => ({
  traceId: parseTraceId('f1')!,
  spanId: parseSpanId('1')!,
  operationName: 'op',
  references: [],
  flags: 1,
  startTime: micros(start),
  duration: micros(10),
  tags: [stringTag('scope.attr', 'x'), stringTag('otlp.scope.attribute_keys', '["scope.attr"]')],
  logs: [],
  process: { serviceName: 'mixed-fleet', tags: [] },
  warnings: [],
});

/** Jaeger and Spanstream on one index prefix, in either start order. */
describe('index templates in a mixed fleet', () => {
  let store: ElasticsearchSpanStore | undefined;
  let transport: EsTransport | undefined;
  let prefix = '';
  afterEach(async () => {
    await store?.purge();
    await store?.close();
    await transport?.request({ method: 'DELETE', path: `/_index_template/${prefix}-jaeger-span` }, [404]);
    await transport?.close();
  });

  for (const jaegerFirst of [true, false]) {
    it(`both templates coexist and Spanstream's mapping applies (Jaeger started ${jaegerFirst ? 'first' : 'last'})`, async () => {
      prefix = uniqueName('fleet');
      const options = {
        serverUrls: [await elasticsearchUrl()],
        indexPrefix: prefix,
        numShards: 1,
        numReplicas: 0,
      };
      transport = createEsTransport(resolveEsOptions(options));
      const startMs = Date.now() - 60_000;
      const index = new IndexNames(resolveEsOptions(options)).writeIndex('span', startMs);
      if (jaegerFirst) {
        await putJaegerTemplate(transport, prefix);
        // Today's index already created by Jaeger, under Jaeger's template.
        await transport.request({ method: 'PUT', path: `/${index}` });
      }
      store = await createElasticsearchStore(options);
      if (!jaegerFirst) await putJaegerTemplate(transport, prefix);

      const templates = await transport.request<{ index_templates: { name: string }[] }>({
        method: 'GET',
        path: `/_index_template/${prefix}-*`,
      });
      // Neither side replaced the other's template.
      expect(templates.body.index_templates.map((t) => t.name)).toEqual(
        expect.arrayContaining([`${prefix}-jaeger-span`, `${prefix}-spanstream-span`]),
      );

      // A new index (first write of the day) gets Spanstream's mapping, whoever started last; one
      // Jaeger created before gets the extension fields at Spanstream's start.
      await store.writer.writeSpans([span(startMs * 1000)]);
      await store.refresh();
      type Field = { type?: string; properties?: Record<string, Field> };
      const mapping = await transport.request<
        Record<string, { mappings: { properties: Record<string, Field> } }>
      >({ method: 'GET', path: `/${index}/_mapping` });
      const fields = mapping.body[index]!.mappings.properties;
      expect(fields['otlpTags']?.type).toBe('nested');
      expect(fields['process']?.properties?.['otlpTags']?.type).toBe('nested');
      expect(fields['references']?.properties?.['tags']?.type).toBe('nested');
      // And the scope attribute is found by a search.
      expect(
        await store.reader.findTraceIds({
          serviceName: 'mixed-fleet',
          tags: { 'scope.attr': 'x' },
          startTimeMin: micros((startMs - 60_000) * 1000),
          startTimeMax: micros((startMs + 60_000) * 1000),
          numTraces: 10,
        }),
      ).toEqual([parseTraceId('f1')!]);
    });
  }

  it("searches by tag on a prefix only Jaeger's templates created (no Spanstream extension fields mapped)", async () => {
    prefix = uniqueName('jaegeronly');
    const options = {
      serverUrls: [await elasticsearchUrl()],
      indexPrefix: prefix,
      numShards: 1,
      numReplicas: 0,
      createIndexTemplates: false,
    };
    transport = createEsTransport(resolveEsOptions(options));
    await putJaegerTemplate(transport, prefix);
    const startMs = Date.now() - 60_000;
    const index = new IndexNames(resolveEsOptions(options)).writeIndex('span', startMs);
    const doc = {
      traceID: '000000000000000000000000000000f2',
      spanID: '0000000000000001',
      operationName: 'op',
      references: [],
      flags: 1,
      startTime: startMs * 1000,
      startTimeMillis: startMs,
      duration: 10,
      tags: [{ key: 'http.method', type: 'string', value: 'GET' }],
      logs: [],
      process: { serviceName: 'jaeger-only', tags: [] },
    };
    await transport.request({ method: 'PUT', path: `/${index}/_doc/1?refresh=true`, body: doc });
    store = await createElasticsearchStore(options);
    // Jaeger's mapping has no references.tags nor otlpTags: the tag query must not fail on them.
    expect(
      await store.reader.findTraceIds({
        serviceName: 'jaeger-only',
        tags: { 'http.method': 'GET' },
        startTimeMin: micros((startMs - 60_000) * 1000),
        startTimeMax: micros((startMs + 60_000) * 1000),
        numTraces: 10,
      }),
    ).toEqual([parseTraceId('f2')!]);
  });
});
