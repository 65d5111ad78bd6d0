import { micros, parseSpanId, parseTraceId, stringTag, type KeyValue, type Span } from '@spanstream/model';
import { elasticsearchUrl, uniqueName } from '@spanstream/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createElasticsearchStore,
  createEsTransport,
  resolveEsOptions,
  type ElasticsearchSpanStore,
} from '../src/index.ts';

const int64 = (key: string, value: bigint): KeyValue => ({ key, type: 'int64', value });

/**
 * What the OTLP translator adds beyond Jaeger v2's document (scope attributes, OTLP fields Jaeger
 * drops) is stored where Jaeger's reader does not look, and still reads back and is searchable here.
 */
describe('OTLP extras in Elasticsearch documents', () => {
  let store: ElasticsearchSpanStore | undefined;
  afterAll(async () => {
    await store?.purge();
    await store?.close();
  });

  it("keeps them out of Jaeger's tags, reads them back, and finds spans by scope attribute", async () => {
    const options = {
      serverUrls: [await elasticsearchUrl()],
      indexPrefix: uniqueName('extras'),
      numShards: 1,
      numReplicas: 0,
    };
    store = await createElasticsearchStore(options);
    const start = micros((Date.now() - 60_000) * 1000);
    const span: Span = {
      traceId: parseTraceId('e1')!,
      spanId: parseSpanId('1')!,
      operationName: 'op',
      references: [],
      flags: 1,
      startTime: start,
      duration: micros(10),
      tags: [
        stringTag('otel.scope.name', 'lib'),
        stringTag('scope.attr', 'from-scope'),
        stringTag('scope.attr', 'from-span'),
        stringTag('http.method', 'GET'),
        int64('otel.dropped_attributes_count', 2n),
        int64('otel.dropped_events_count', 1n),
        stringTag('otlp.scope.attribute_keys', '["scope.attr"]'),
        stringTag('otlp.scope.schema_url', 'https://opentelemetry.io/schemas/1.21.0'),
      ],
      logs: [],
      process: {
        serviceName: 'extras-svc',
        tags: [stringTag('host.name', 'h1'), stringTag('otlp.resource.schema_url', 'https://x/1')],
      },
      warnings: [],
    };
    await store.writer.writeSpans([span]);
    await store.refresh();

    const transport = createEsTransport(resolveEsOptions(options));
    const raw = await transport
      .request<{ hits: { hits: { _source: Record<string, unknown> }[] } }>({
        method: 'POST',
        path: `/${store.names.pattern('span')}/_search`,
        body: { query: { term: { spanID: '0000000000000001' } } },
      })
      .finally(() => transport.close());
    const source = raw.body.hits.hits[0]!._source as {
      tags: { key: string; value: string }[];
      process: { tags: { key: string }[] };
    };
    // What Jaeger v2's reader shows: the tags Jaeger itself would have stored, nothing more.
    expect(source.tags.map((t) => [t.key, t.value])).toEqual([
      ['otel.scope.name', 'lib'],
      ['scope.attr', 'from-span'],
      ['http.method', 'GET'],
    ]);
    expect(source.process.tags.map((t) => t.key)).toEqual(['host.name']);

    const back = (await store.reader.getTrace(span.traceId))!.spans[0]!;
    const byKey = (tags: readonly KeyValue[]) => tags.map((tag) => `${tag.key}=${String(tag.value)}`).sort();
    expect(byKey(back.tags)).toEqual(byKey(span.tags));
    // The scope's tag comes before the span's tag of the same key (what model → OTLP relies on).
    expect(back.tags.filter((t) => t.key === 'scope.attr').map((t) => t.value)).toEqual([
      'from-scope',
      'from-span',
    ]);
    expect(back.process.tags).toEqual(span.process.tags);
    expect(
      await store.reader.findTraceIds({
        serviceName: 'extras-svc',
        tags: { 'scope.attr': 'from-scope' },
        startTimeMin: micros(start - 60_000_000),
        startTimeMax: micros(start + 60_000_000),
        numTraces: 10,
      }),
    ).toEqual([span.traceId]);
  });
});
