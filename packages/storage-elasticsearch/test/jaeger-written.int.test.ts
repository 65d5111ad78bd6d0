import { micros, parseSpanId, parseTraceId } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { createElasticsearchStore, createEsTransport, resolveEsOptions } from '../src/index.ts';
import { stackEsOptions } from './stack.ts';
import { purgedAfterAll } from './stores.ts';

/**
 * Data written by Jaeger itself (v1 documents: generated `_id`s, 16-character trace IDs, a legacy
 * unpadded ID, tags as fields, service documents without spanKind) must read back through Spanstream.
 */
describe('reading indices written by Jaeger', () => {
  const track = purgedAfterAll();

  it('finds, fetches and lists Jaeger v1 documents', async () => {
    const options = await stackEsOptions('jaegerv1');
    const store = track(await createElasticsearchStore(options));
    const startMs = Date.now() - 3_600_000;
    const start = startMs * 1000;
    const spanIndex = store.names.writeIndex('span', startMs);
    const serviceIndex = store.names.writeIndex('service', startMs);
    const doc = (traceID: string, spanID: string, extra: Record<string, unknown> = {}) => ({
      traceID,
      spanID,
      flags: 1,
      operationName: 'jaeger-op',
      references: [],
      startTime: start,
      startTimeMillis: startMs,
      duration: 1500,
      tags: [{ key: 'error', type: 'bool', value: 'true' }],
      tag: { 'http@status_code': 503, 'http@method': 'GET', ratio: 0.5 },
      logs: [],
      process: { serviceName: 'jaeger-written', tags: [], tag: { hostname: 'h1' } },
      ...extra,
    });
    const transport = createEsTransport(resolveEsOptions(options));
    try {
      const lines = [
        { index: { _index: spanIndex } },
        doc('00000000000000a1', '0000000000000001'),
        { index: { _index: spanIndex } },
        doc('a2', '0000000000000002'), // pre-1.16 Jaeger: IDs without leading zeros
        { index: { _index: serviceIndex } },
        { serviceName: 'jaeger-written', operationName: 'jaeger-op' },
      ];
      await transport.request({
        method: 'POST',
        path: '/_bulk',
        querystring: { refresh: 'true' },
        bulkBody: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
      });

      const trace = await store.reader.getTrace(parseTraceId('a1')!);
      expect(trace?.spans).toHaveLength(1);
      const span = trace!.spans[0]!;
      expect(span.traceId).toBe('000000000000000000000000000000a1');
      expect(span.startTime).toBe(start);
      expect(span.tags).toEqual(
        expect.arrayContaining([
          { key: 'error', type: 'bool', value: true },
          { key: 'http.status_code', type: 'int64', value: 503n },
          { key: 'http.method', type: 'string', value: 'GET' },
          { key: 'ratio', type: 'float64', value: 0.5 },
        ]),
      );
      expect(span.process.tags).toEqual([{ key: 'hostname', type: 'string', value: 'h1' }]);
      expect((await store.reader.getTrace(parseTraceId('a2')!))?.spans).toHaveLength(1);

      const found = await store.reader.findTraceIds({
        serviceName: 'jaeger-written',
        tags: { 'http.status_code': '503', hostname: 'h1' },
        startTimeMin: micros(start - 60_000_000),
        startTimeMax: micros(start + 60_000_000),
        numTraces: 10,
      });
      expect([...found].sort()).toEqual([parseTraceId('a1')!, parseTraceId('a2')!].sort());
      expect(await store.reader.getServices()).toEqual(['jaeger-written']);
      expect(await store.reader.getOperations({ serviceName: 'jaeger-written' })).toEqual([
        { name: 'jaeger-op', spanKind: '' },
      ]);
      expect(
        await store.reader.getOperations({ serviceName: 'jaeger-written', spanKind: 'unspecified' }),
      ).toEqual([{ name: 'jaeger-op', spanKind: '' }]);
      // Jaeger's reader ignores the kind on ES: its documents answer every kind, with kind ''.
      expect(await store.reader.getOperations({ serviceName: 'jaeger-written', spanKind: 'server' })).toEqual(
        [{ name: 'jaeger-op', spanKind: '' }],
      );
    } finally {
      await transport.close();
    }
  });

  it('reads a trace written half by Jaeger v1 (16-digit IDs) and half in 32 digits as one trace', async () => {
    const options = await stackEsOptions('mixedids');
    const store = track(await createElasticsearchStore(options));
    const startMs = Date.now() - 3_600_000;
    const start = startMs * 1000;
    const traceId = parseTraceId('b1')!;
    const transport = createEsTransport(resolveEsOptions(options));
    try {
      const v1Doc = {
        traceID: '00000000000000b1',
        spanID: '0000000000000001',
        flags: 1,
        operationName: 'old-op',
        references: [],
        startTime: start,
        startTimeMillis: startMs,
        duration: 10,
        tags: [],
        logs: [],
        process: { serviceName: 'mixed-ids', tags: [] },
      };
      await transport.request({
        method: 'POST',
        path: '/_bulk',
        querystring: { refresh: 'true' },
        bulkBody: `${[{ index: { _index: store.names.writeIndex('span', startMs) } }, v1Doc].map((l) => JSON.stringify(l)).join('\n')}\n`,
      });
      await store.writer.writeSpans([
        {
          traceId,
          spanId: parseSpanId('2')!,
          operationName: 'new-op',
          references: [{ refType: 'CHILD_OF', traceId, spanId: parseSpanId('1')! }],
          flags: 1,
          startTime: micros(start + 1),
          duration: micros(5),
          tags: [],
          logs: [],
          process: { serviceName: 'mixed-ids', tags: [] },
          warnings: [],
        },
      ]);
      await store.refresh();

      // What Jaeger v2 writes and looks up: all 32 digits, in the span and its references.
      const written = await transport.request<{ hits: { hits: { _source: Record<string, unknown> }[] } }>({
        method: 'POST',
        path: `/${store.names.pattern('span')}/_search`,
        body: { query: { term: { spanID: '0000000000000002' } } },
      });
      expect(written.body.hits.hits[0]?._source).toMatchObject({
        traceID: traceId,
        references: [{ refType: 'CHILD_OF', traceID: traceId, spanID: '0000000000000001' }],
      });

      const trace = await store.reader.getTrace(traceId);
      expect(trace?.spans.map((s) => s.operationName).sort()).toEqual(['new-op', 'old-op']);
      expect(
        await store.reader.findTraceIds({
          serviceName: 'mixed-ids',
          tags: {},
          startTimeMin: micros(start - 60_000_000),
          startTimeMax: micros(start + 60_000_000),
          numTraces: 10,
        }),
      ).toEqual([traceId]);
      const [found] = await store.reader.findTraces({
        serviceName: 'mixed-ids',
        tags: {},
        startTimeMin: micros(start - 60_000_000),
        startTimeMax: micros(start + 60_000_000),
        numTraces: 10,
      });
      expect(found?.spans).toHaveLength(2);
    } finally {
      await transport.close();
    }
  });

  for (const flavor of ['elasticsearch', 'opensearch'] as const) {
    it(`${flavor}: keeps Jaeger v2's typed int64 values beyond 2^53 exact`, async () => {
      const options = await stackEsOptions('int64', flavor);
      const store = track(await createElasticsearchStore(options));
      const startMs = Date.now() - 3_600_000;
      const traceId = parseTraceId('c1')!;
      // Jaeger v2 stores tag values typed: an int64 is a JSON number, which JSON.parse rounds.
      const doc =
        `{"traceID":"${traceId}","spanID":"0000000000000001","flags":1,"operationName":"op",` +
        `"references":[],"startTime":${startMs * 1000},"startTimeMillis":${startMs},"duration":10,` +
        `"tags":[{"key":"big","type":"int64","value":9007199254740993},{"key":"neg","type":"int64","value":-9223372036854775808}],` +
        `"tag":{"mapped":9007199254740995},` +
        `"logs":[{"timestamp":${startMs * 1000},"fields":[{"key":"f","type":"int64","value":9223372036854775807}]}],` +
        `"process":{"serviceName":"int64-svc","tags":[{"key":"p","type":"int64","value":18014398509481985}]}}`;
      const transport = createEsTransport(resolveEsOptions(options));
      try {
        await transport.request({
          method: 'POST',
          path: '/_bulk',
          querystring: { refresh: 'true' },
          bulkBody: `${JSON.stringify({ index: { _index: store.names.writeIndex('span', startMs) } })}\n${doc}\n`,
        });
      } finally {
        await transport.close();
      }
      const span = (await store.reader.getTrace(traceId))?.spans[0];
      expect(span?.tags).toEqual(
        expect.arrayContaining([
          { key: 'big', type: 'int64', value: 9007199254740993n },
          { key: 'neg', type: 'int64', value: -9223372036854775808n },
          { key: 'mapped', type: 'int64', value: 9007199254740995n },
        ]),
      );
      expect(span?.logs[0]?.fields).toEqual([{ key: 'f', type: 'int64', value: 9223372036854775807n }]);
      expect(span?.process.tags).toEqual([{ key: 'p', type: 'int64', value: 18014398509481985n }]);
    });
  }
});
