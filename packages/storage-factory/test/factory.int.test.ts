import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@spanstream/config';
import { micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { createSpanStores, storageConfig, STORE_TYPES, type StoreType } from '../src/index.ts';
import { stackServer, stackServerFlags } from './stack.ts';

const schema = storageConfig(STORE_TYPES, 'memory');

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(schema, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  return outcome.values;
}

const span = (traceHex: string): Span => ({
  traceId: parseTraceId(traceHex)!,
  spanId: parseSpanId('1')!,
  operationName: 'op',
  references: [],
  flags: 1,
  startTime: micros(Date.now() * 1000),
  duration: micros(10),
  tags: [stringTag('k', 'v')],
  logs: [],
  process: { serviceName: 'factory-test', tags: [] },
  warnings: [],
});

async function argsFor(type: StoreType, archive: boolean): Promise<string[]> {
  const name = uniqueName('factory')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  switch (type) {
    case 'memory':
      return ['--memory.max-traces=10'];
    case 'sqlite':
    case 'badger':
      return [`--sqlite.path=${join(tmpdir(), name, 'spans.db')}`];
    case 'elasticsearch':
    case 'opensearch': {
      const server = await stackServer(type);
      const common = (ns: string, prefix: string) => [
        ...stackServerFlags(server, ns, prefix),
        `--${ns}.num-replicas=0`,
        `--${ns}.num-shards=1`,
      ];
      return [
        ...common('es', name),
        ...(archive ? ['--es-archive.enabled', ...common('es-archive', `${name}-archive`)] : []),
      ];
    }
    case 'cassandra': {
      const server = await stackServer(type);
      return [
        ...stackServerFlags(server, 'cassandra', name),
        ...(archive
          ? [
              '--cassandra-archive.enabled',
              ...stackServerFlags(server, 'cassandra-archive', `${name}_archive`),
            ]
          : []),
      ];
    }
  }
}

describe('createSpanStores', () => {
  it.each(STORE_TYPES)(
    'builds a working %s store (and its archive) from flags and SPAN_STORAGE_TYPE',
    async (type) => {
      // Jaeger's memory and Badger stores have no archive storage; neither do ours.
      const archive = type !== 'memory' && type !== 'sqlite' && type !== 'badger';
      const args = await argsFor(type, archive);
      const values = load(args, { SPAN_STORAGE_TYPE: type });
      expect(values['span-storage.type']).toBe(type);
      const stores = await createSpanStores(values, values['span-storage.type']);
      try {
        await stores.primary.writer.writeSpans([span('f1')]);
        await expect
          .poll(async () => (await stores.primary.reader.getTrace(parseTraceId('f1')!))?.spans.length, {
            timeout: 15_000,
          })
          .toBe(1);
        expect(stores.archive !== undefined).toBe(archive);
        if (stores.archive) {
          await stores.archive.writer.writeSpans([span('f2')]);
          await expect
            .poll(async () => (await stores.archive!.reader.getTrace(parseTraceId('f2')!))?.spans.length, {
              timeout: 15_000,
            })
            .toBe(1);
          expect(await stores.archive.reader.getTrace(parseTraceId('f1')!)).toBeUndefined();
          if (type === 'elasticsearch' || type === 'opensearch') {
            // Jaeger's archive layout: one index, not daily ones.
            const server = await stackServer(type);
            const url = server.backend === 'cassandra' ? '' : server.url;
            const prefix = args.find((a) => a.startsWith('--es-archive.index-prefix='))!.split('=')[1]!;
            const indices = (await (await fetch(`${url}/_cat/indices/${prefix}-*?format=json`)).json()) as {
              index: string;
            }[];
            expect(indices.map((i) => i.index)).toContain(`${prefix}-jaeger-span-archive`);
          }
        }
      } finally {
        await stores.close();
      }
    },
  );
});
