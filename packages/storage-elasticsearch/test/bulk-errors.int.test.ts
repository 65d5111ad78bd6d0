import { micros } from '@spanstream/model';
import { StorageError } from '@spanstream/storage-api';
import { constructedSpan, constructedTraceId } from '@spanstream/storage-conformance';
import { describe, expect, it } from 'vitest';
import { createElasticsearchStore, createEsTransport, resolveEsOptions } from '../src/index.ts';
import { stackEsOptions } from './stack.ts';
import { purgedAfterAll } from './stores.ts';

const DAY_MS = 86_400_000;

describe('bulk writes against a real node', () => {
  const track = purgedAfterAll();

  it('rejects only the writes whose documents the server refused, and stores the rest of the same bulk', async () => {
    // One bulk (large flush interval, three concurrent writes), two daily indices; one index refuses writes.
    const options = { ...(await stackEsOptions('bulkerr')), bulk: { flushIntervalMs: 500 } };
    const store = track(await createElasticsearchStore(options));
    const now = Date.now();
    const blockedDay = now - 2 * DAY_MS;
    const blockedIndex = store.names.writeIndex('span', blockedDay);
    const transport = createEsTransport(resolveEsOptions(options));
    try {
      await transport.request({
        method: 'PUT',
        path: `/${blockedIndex}`,
        body: { settings: { 'index.blocks.write': true } },
      });
      const good = constructedSpan({
        traceId: constructedTraceId(100),
        spanId: 1,
        service: 'bulk-ok',
        startTime: micros((now - 60_000) * 1000),
      });
      const refused = constructedSpan({
        traceId: constructedTraceId(101),
        spanId: 1,
        service: 'bulk-refused',
        startTime: micros(blockedDay * 1000),
      });
      // A good span after the refused one: each result must be matched to its own document.
      const after = constructedSpan({
        traceId: constructedTraceId(102),
        spanId: 1,
        service: 'bulk-ok',
        startTime: micros((now - 60_000) * 1000),
      });
      const [okWrite, refusedWrite, afterWrite] = await Promise.allSettled([
        store.writer.writeSpans([good]),
        store.writer.writeSpans([refused]),
        store.writer.writeSpans([after]),
      ]);
      expect(okWrite.status).toBe('fulfilled');
      expect(afterWrite.status).toBe('fulfilled');
      expect(refusedWrite.status).toBe('rejected');
      const error = (refusedWrite as PromiseRejectedResult).reason as StorageError;
      expect(error).toBeInstanceOf(StorageError);
      expect(error.code).toBe('invalid');
      expect(error.message).toContain('cluster_block_exception');
      await store.refresh();
      expect((await store.reader.getTrace(good.traceId))?.spans).toHaveLength(1);
      expect((await store.reader.getTrace(after.traceId))?.spans).toHaveLength(1);
      expect(await store.reader.getTrace(refused.traceId)).toBeUndefined();
    } finally {
      await transport.request(
        { method: 'PUT', path: `/${blockedIndex}/_settings`, body: { 'index.blocks.write': false } },
        [404],
      );
      await transport.close();
    }
  });
});
