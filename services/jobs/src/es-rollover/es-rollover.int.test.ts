import { micros } from '@spanstream/model';
import { constructedSpan, constructedTraceId } from '@spanstream/storage-conformance';
import {
  createElasticsearchStore,
  createEsTransport,
  resolveEsOptions,
  type ElasticsearchSpanStore,
  type EsFlavor,
  type EsTransport,
} from '@spanstream/storage-elasticsearch';
import { elasticsearchUrl, opensearchUrl, uniqueName } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultOf, runJobsCli } from '../../test/cli.ts';

describe.each<EsFlavor>(['elasticsearch', 'opensearch'])('es-rollover on %s', (flavor) => {
  let url: string;
  let transport: EsTransport;
  let store: ElasticsearchSpanStore;
  const prefix = uniqueName('roll');
  const base = `${prefix}-jaeger-span`;
  const common = ['--index-prefix', prefix, '--shards', '1', '--replicas', '0'];

  /** Index → its aliases, for the prefix's span indices. */
  const spanAliases = async () => {
    const response = await transport.request<Record<string, { aliases: Record<string, unknown> }>>({
      method: 'GET',
      path: `/${base}-*/_alias`,
    });
    return Object.fromEntries(
      Object.entries(response.body)
        .map(([index, { aliases }]) => [index, Object.keys(aliases).sort()] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  };

  const writeTrace = async (n: number) => {
    const traceId = constructedTraceId(n);
    await store.writer.writeSpans([
      constructedSpan({ traceId, spanId: n, service: 'rollover-svc', startTime: micros(Date.now() * 1000) }),
    ]);
    await store.refresh();
    return traceId;
  };

  beforeAll(async () => {
    url = flavor === 'opensearch' ? await opensearchUrl() : await elasticsearchUrl();
    transport = createEsTransport(resolveEsOptions({ flavor, serverUrls: [url] }));
  });

  afterAll(async () => {
    await store.close();
    await transport.request({ method: 'DELETE', path: `/${prefix}-*` }, [404]);
    for (const kind of ['span', 'service', 'dependencies', 'sampling'])
      await transport.request(
        { method: 'DELETE', path: `/_index_template/${prefix}-spanstream-${kind}` },
        [404],
      );
    await transport.close();
  });

  it('init creates the templates, the -000001 indices and their aliases, and is idempotent', async () => {
    const first = resultOf(await runJobsCli(['es-rollover', 'init', url, ...common]));
    expect(first['init']).toEqual(
      expect.arrayContaining([
        `created ${base}-000001`,
        `${base}-read -> ${base}-000001`,
        `${base}-write -> ${base}-000001`,
      ]),
    );
    expect(first['items']).toBe(9); // span, service, dependencies: an index and two aliases each
    expect(await spanAliases()).toEqual({ [`${base}-000001`]: [`${base}-read`, `${base}-write`] });
    const template = await transport.request(
      { method: 'GET', path: `/_index_template/${prefix}-spanstream-span` },
      [404],
    );
    expect(template.statusCode).toBe(200);
    expect(resultOf(await runJobsCli(['es-rollover', 'init', url, ...common]))).toMatchObject({ items: 0 });
  });

  it('a store with --es.use-aliases writes through the write alias and reads through the read alias', async () => {
    // As the collector builds it with --es.use-aliases=true (templates installed, aliases left alone).
    store = await createElasticsearchStore({
      flavor,
      serverUrls: [url],
      indexPrefix: prefix,
      numShards: 1,
      numReplicas: 0,
      useAliases: true,
      bulk: { flushIntervalMs: 20 },
    });
    const traceId = await writeTrace(1);
    expect((await store.reader.getTrace(traceId))?.spans).toHaveLength(1);
    const count = await transport.request<{ count: number }>({
      method: 'GET',
      path: `/${base}-000001/_count`,
    });
    expect(count.body.count).toBe(1);
  });

  it('rollover with {"max_docs":1} makes a new write index, and both traces are found', async () => {
    const result = resultOf(
      await runJobsCli(['es-rollover', 'rollover', url, ...common, '--conditions', '{"max_docs":1}']),
    );
    expect(result['rollover']).toContain(`${base}-000001 -> ${base}-000002`);
    const aliases = await spanAliases();
    expect(aliases[`${base}-000002`]).toEqual([`${base}-read`, `${base}-write`]);
    expect(aliases[`${base}-000001`]).toContain(`${base}-read`);
    const second = await writeTrace(2);
    const count = await transport.request<{ count: number }>({
      method: 'GET',
      path: `/${base}-000002/_count`,
    });
    expect(count.body.count).toBe(1);
    const traces = await store.reader.getTraces([constructedTraceId(1), second]);
    expect(traces).toHaveLength(2);
  });

  it('lookback removes the indices older than readTTL from the read alias, never the write index', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const result = resultOf(
      await runJobsCli(['es-rollover', 'lookback', url, ...common, '--unit', 'seconds', '--unit-count', '1']),
    );
    expect(result['lookback']).toContain(`${base}-read -= ${base}-000001`);
    expect(result['lookback']).not.toContain(`${base}-read -= ${base}-000002`);
    const aliases = await spanAliases();
    expect(aliases[`${base}-000001`]).toEqual([]);
    expect(aliases[`${base}-000002`]).toEqual([`${base}-read`, `${base}-write`]);
    // The rolled-over index is out of reads: only the newer trace is found now.
    expect(await store.reader.getTrace(constructedTraceId(1))).toBeUndefined();
  });

  it('es-index-cleaner --rollover deletes rolled-over indices by creation date, never a write index', async () => {
    const result = resultOf(
      await runJobsCli(['es-index-cleaner', '0', url, '--index-prefix', prefix, '--rollover']),
    );
    // The service index rolled over too (its first document met max_docs); dependencies did not.
    expect(result['indices']).toEqual([`${prefix}-jaeger-service-000001`, `${base}-000001`]);
    expect(Object.keys(await spanAliases())).toEqual([`${base}-000002`]);
  });
});

describe('es-rollover bad input', () => {
  it('invalid conditions JSON is refused at start, naming the value (exit 2)', async () => {
    const run = await runJobsCli([
      'es-rollover',
      'rollover',
      'http://127.0.0.1:9',
      '--conditions',
      '{"max_age":2d}',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^spanstream-jobs es-rollover: --conditions: invalid JSON "\{\\"max_age\\":2d\}"/,
    );
  });
});
