import { constructedSpan, constructedTraceId, normalizeSpans } from '@spanstream/storage-conformance';
import { micros } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { createElasticsearchStore, createEsTransport, resolveEsOptions } from '../src/index.ts';
import { stackEsOptions } from './stack.ts';
import { purgedAfterAll } from './stores.ts';

describe.each([false, true])('archive store (aliases: %s)', (useAliases) => {
  const track = purgedAfterAll();

  it("keeps archived traces in Jaeger's jaeger-span-archive index, without service documents", async () => {
    const options = { ...(await stackEsOptions('archive')), useAliases, archive: true };
    const store = track(await createElasticsearchStore(options));
    // Old spans too: the archive keeps traces beyond max-span-age.
    const spans = [0, 1].map((i) =>
      constructedSpan({
        traceId: constructedTraceId(90),
        spanId: i + 1,
        service: 'archived',
        startTime: micros((Date.now() - (i + 1) * 30 * 86_400_000) * 1000),
      }),
    );
    await store.writer.writeSpans(spans);
    await store.refresh();
    expect(normalizeSpans((await store.reader.getTrace(spans[0]!.traceId))?.spans ?? [])).toEqual(
      normalizeSpans(spans),
    );
    const transport = createEsTransport(resolveEsOptions(options));
    try {
      const indices = await transport.request<{ index: string }[]>({
        method: 'GET',
        path: `/_cat/indices/${store.names.base('span').replace(/span$/, '*')}`,
        querystring: { format: 'json' },
      });
      const names = indices.body.map((i) => i.index);
      expect(names).toEqual([
        useAliases ? `${store.names.archiveIndex()}-000001` : store.names.archiveIndex(),
      ]);
    } finally {
      await transport.close();
    }
  });
});
