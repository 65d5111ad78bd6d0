import { micros, parseTraceId } from '@spanstream/model';
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
    } finally {
      await transport.close();
    }
  });
});
