import {
  createEsTransport,
  resolveEsOptions,
  type EsFlavor,
  type EsTransport,
} from '@spanstream/storage-elasticsearch';
import { elasticsearchUrl, opensearchUrl, uniqueName } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultOf, runJobsCli } from '../../test/cli.ts';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() - offset * DAY).toISOString().slice(0, 10);

describe.each<EsFlavor>(['elasticsearch', 'opensearch'])('es-index-cleaner on %s', (flavor) => {
  let url: string;
  let transport: EsTransport;
  const prefix = uniqueName('clean');
  const other = uniqueName('keep');
  const daily = Array.from({ length: 10 }, (_, n) => [
    `${prefix}-jaeger-span-${day(n)}`,
    `${prefix}-jaeger-service-${day(n)}`,
  ]).flat();
  const bystanders = [`${other}-jaeger-span-${day(9)}`, `${prefix}-jaeger-span-${day(9)}-copy`];

  const existing = async () => {
    const response = await transport.request<Record<string, unknown>>({
      method: 'GET',
      path: `/${prefix}*,${other}*`,
      querystring: { filter_path: '*.settings.index.provided_name' },
    });
    return Object.keys(response.body).sort();
  };

  beforeAll(async () => {
    url = flavor === 'opensearch' ? await opensearchUrl() : await elasticsearchUrl();
    transport = createEsTransport(resolveEsOptions({ flavor, serverUrls: [url] }));
    for (const name of [...daily, ...bystanders]) {
      await transport.request({
        method: 'PUT',
        path: `/${name}`,
        body: { settings: { number_of_shards: 1, number_of_replicas: 0 } },
      });
    }
  });

  afterAll(async () => {
    await transport.request({ method: 'DELETE', path: `/${prefix}*,${other}*` }, [404]);
    await transport.close();
  });

  it('--dry-run lists the indices older than today and the 6 days before, deleting nothing', async () => {
    const expected = daily.filter((name) => [7, 8, 9].some((n) => name.endsWith(day(n)))).sort();
    const result = resultOf(
      await runJobsCli(['es-index-cleaner', '7', url, '--index-prefix', prefix, '--dry-run']),
    );
    expect(result).toMatchObject({ items: 0, dryRun: true, indices: expected });
    expect(await existing()).toEqual([...daily, ...bystanders].sort());
  });

  it('deletes exactly those, and no index of another prefix or name', async () => {
    const kept = daily.filter((name) => [0, 1, 2, 3, 4, 5, 6].some((n) => name.endsWith(day(n))));
    const result = resultOf(await runJobsCli(['es-index-cleaner', '7', url, '--index-prefix', prefix]));
    expect(result).toMatchObject({ items: 6, dryRun: false });
    expect(await existing()).toEqual([...kept, ...bystanders].sort());
    // Nothing left to delete: a second run is a no-op.
    expect(
      resultOf(await runJobsCli(['es-index-cleaner', '7', url, '--index-prefix', prefix])),
    ).toMatchObject({
      items: 0,
      indices: [],
    });
  });
});

describe('es-index-cleaner faults', () => {
  it('an unreachable server is one line on stderr and exit 1', async () => {
    const run = await runJobsCli(['es-index-cleaner', '7', 'http://127.0.0.1:9']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^spanstream-jobs es-index-cleaner: cannot reach Elasticsearch\/OpenSearch at http:\/\/127\.0\.0\.1:9: .*ECONNREFUSED.*\n$/,
    );
  });

  it('NUM_DAYS < 0 is refused before anything is touched (exit 2)', async () => {
    const run = await runJobsCli(['es-index-cleaner', '-3', 'http://127.0.0.1:9']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'spanstream-jobs es-index-cleaner: NUM_DAYS must be a non-negative integer, got -3\n',
    );
  });
});
