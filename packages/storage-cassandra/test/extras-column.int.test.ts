import {
  int64Tag,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type KeyValue,
  type Span,
} from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { Client } from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCassandraStore, createSchema, renderSchema, type CassandraOptions } from '../src/index.ts';
import { dropCassandraKeyspace, stackCassandraOptions } from './stack.ts';

const TRACE = parseTraceId('e1')!;

/** A span as the OTLP translator makes it: scope attribute copied first, OTLP extras, a link with attributes. */
const span: Span = {
  traceId: TRACE,
  spanId: parseSpanId('2')!,
  operationName: 'GET /extras',
  references: [
    {
      refType: 'FOLLOWS_FROM',
      traceId: parseTraceId('f00')!,
      spanId: parseSpanId('3')!,
      tags: [stringTag('link.reason', 'retry')],
    },
  ],
  flags: 1,
  startTime: micros(Date.now() * 1000 - 60_000_000),
  duration: micros(1500),
  tags: [
    stringTag('library.team', 'payments'),
    stringTag('otlp.scope.attribute_keys', '["library.team"]'),
    stringTag('otlp.scope.schema_url', 'https://opentelemetry.io/schemas/1.21.0'),
    stringTag('http.method', 'GET'),
    stringTag('span.kind', 'server'),
    int64Tag('otel.dropped_attributes_count', 3n),
    int64Tag('otel.dropped_events_count', 1n),
  ],
  logs: [],
  process: {
    serviceName: 'extras-svc',
    tags: [stringTag('host.name', 'h1'), stringTag('otlp.resource.schema_url', 'https://x/1.0')],
  },
  warnings: [],
};

const NOT_FOR_JAEGER = /^(\$\$span\.ref\.|otlp\.|otel\.dropped_|library\.team$)/;

function rawClient(options: CassandraOptions): Client {
  return new Client({
    contactPoints: [...options.servers],
    localDataCenter: options.localDc,
    protocolOptions: { port: options.port },
    keyspace: options.keyspace,
    encoding: { useBigIntAsLong: true },
  });
}

async function hasExtrasColumn(client: Client, keyspace: string): Promise<boolean> {
  const result = await client.execute(
    "SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = 'traces' AND column_name = 'spanstream_tags'",
    [keyspace],
  );
  return result.rowLength > 0;
}

const keys = (tags: readonly { key: string }[] | null): string[] => (tags ?? []).map((tag) => tag.key);

async function checkStoredOutOfJaegersView(store: SpanStore, client: Client): Promise<void> {
  await store.writer.writeSpans([span]);
  const rows = (
    await client.execute('SELECT tags, process, spanstream_tags FROM traces WHERE trace_id = ?', [
      Buffer.from(TRACE, 'hex'),
    ])
  ).rows;
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  const tags = keys(row['tags'] as KeyValue[]);
  expect(tags).toEqual(['http.method', 'span.kind']);
  expect(tags.filter((key) => NOT_FOR_JAEGER.test(key))).toEqual([]);
  expect(keys((row['process'] as { tags: KeyValue[] }).tags)).toEqual(['host.name']);
  expect(keys(row['spanstream_tags'] as KeyValue[]).length).toBe(7);
  // Our reader puts them back where they were, and tag search still finds the span by them.
  expect((await store.reader.getTrace(TRACE))?.spans).toEqual([span]);
  for (const tags of [{ 'library.team': 'payments' }, { 'link.reason': 'retry' }]) {
    const found = await store.reader.findTraceIds({
      serviceName: 'extras-svc',
      tags,
      startTimeMin: micros(span.startTime - 60_000_000),
      startTimeMax: micros(span.startTime + 60_000_000),
      numTraces: 10,
    });
    expect(found).toEqual([TRACE]);
  }
}

describe('Cassandra spanstream_tags column', () => {
  let options: CassandraOptions;
  let store: SpanStore;
  let client: Client;

  beforeAll(async () => {
    options = await stackCassandraOptions('extras');
    store = await createCassandraStore(options);
    client = rawClient(options);
  });

  afterAll(async () => {
    await client?.shutdown();
    await store?.close();
    if (options) await dropCassandraKeyspace(options);
  });

  it("keeps OTLP extras, copied scope attributes and link attributes out of Jaeger's tags", async () => {
    expect(await hasExtrasColumn(client, options.keyspace)).toBe(true);
    await checkStoredOutOfJaegersView(store, client);
  });
});

/** Jaeger's own v004 schema: ours without Spanstream's column. */
async function createJaegerSchema(options: CassandraOptions): Promise<void> {
  const statements = (await renderSchema(options)).map((statement) =>
    statement.replace(/\n\s*spanstream_tags\s+list<frozen<keyvalue>>,/, ''),
  );
  expect(statements.join('\n')).not.toContain('spanstream_tags');
  const client = new Client({
    contactPoints: [...options.servers],
    localDataCenter: options.localDc,
    protocolOptions: { port: options.port },
  });
  try {
    for (const statement of statements) await client.execute(statement);
  } finally {
    await client.shutdown();
  }
}

describe('a keyspace created by Jaeger (no spanstream_tags column)', () => {
  let options: CassandraOptions;
  let store: SpanStore | undefined;
  let client: Client;

  beforeAll(async () => {
    options = await stackCassandraOptions('jaeger_made');
    await createJaegerSchema(options);
    client = rawClient(options);
  });

  afterAll(async () => {
    await client?.shutdown();
    await store?.close();
    if (options) await dropCassandraKeyspace(options);
  });

  it('gets the column added at store start, idempotently, and uses it', async () => {
    expect(await hasExtrasColumn(client, options.keyspace)).toBe(false);
    const warnings: string[] = [];
    const warn = (message: string): number => warnings.push(message);
    store = await createCassandraStore({ ...options, createSchema: false }, { warn });
    expect(await hasExtrasColumn(client, options.keyspace)).toBe(true);
    // A second instance finds it there.
    const second = await createCassandraStore({ ...options, createSchema: false }, { warn });
    await second.close();
    expect(warnings).toEqual([]);
    await checkStoredOutOfJaegersView(store, client);
  });
});

describe('a traces table that refuses the column', () => {
  let options: CassandraOptions;
  let store: SpanStore | undefined;
  let client: Client;

  beforeAll(async () => {
    options = await stackCassandraOptions('no_alter');
    await createSchema(options);
    client = rawClient(options);
    // Cassandra refuses to add back a dropped collection-of-UDT column ("incompatible with previously
    // dropped column"): the ALTER fails as it does without permission.
    await client.execute('ALTER TABLE traces DROP spanstream_tags');
  });

  afterAll(async () => {
    await client?.shutdown();
    await store?.close();
    if (options) await dropCassandraKeyspace(options);
  });

  it('warns once and keeps the extras among the tags, as before', async () => {
    const warnings: string[] = [];
    store = await createCassandraStore(
      { ...options, createSchema: false },
      { warn: (message) => warnings.push(message) },
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot add column spanstream_tags/);
    await store.writer.writeSpans([span]);
    const rows = (
      await client.execute('SELECT tags FROM traces WHERE trace_id = ?', [Buffer.from(TRACE, 'hex')])
    ).rows;
    expect(keys(rows[0]!['tags'] as KeyValue[])).toContain('$$span.ref.1.link.reason');
    expect((await store.reader.getTrace(TRACE))?.spans).toEqual([span]);
  });
});
