import { describe, expect, it } from 'vitest';
import { dependenciesJob } from './index.ts';
import { connectionValues } from './options.ts';

const parse = (argv: string[], env: Record<string, string> = {}) => dependenciesJob.cli.parse(argv, env);

describe('dependencies CLI options', () => {
  it("defaults to Elasticsearch, today's date (left to the run), 8 partitions", () => {
    expect(parse([])).toEqual({ storage: 'elasticsearch', partitions: 8, parallelism: 2, connection: {} });
  });

  it('keeps the connection flags that differ from their defaults, as flag text', () => {
    const options = parse([
      '--date=2026-12-01',
      '--storage',
      'opensearch',
      '--es.server-urls=http://a:9200,http://b:9200',
      '--es.index-prefix=prod',
      '--es.use-aliases',
    ]);
    expect(options).toEqual({
      date: '2026-12-01',
      storage: 'opensearch',
      partitions: 8,
      parallelism: 2,
      connection: {
        'es.server-urls': 'http://a:9200,http://b:9200',
        'es.index-prefix': 'prod',
        'es.use-aliases': 'true',
      },
    });
    expect(connectionValues(options)).toMatchObject({
      'es.server-urls': ['http://a:9200', 'http://b:9200'],
      'es.use-aliases': true,
      'es.timeout': 30_000,
    });
  });

  it('reads env vars by their mechanical names (DATE, STORAGE, CASSANDRA_KEYSPACE)', () => {
    expect(
      parse([], { DATE: '2026-11-30', STORAGE: 'cassandra', CASSANDRA_KEYSPACE: 'jaeger_v1_dc1' }),
    ).toEqual({
      date: '2026-11-30',
      storage: 'cassandra',
      partitions: 8,
      parallelism: 2,
      connection: { 'cassandra.keyspace': 'jaeger_v1_dc1' },
    });
  });

  it.each([
    [['--date=2026-02-30'], /--date: invalid value "2026-02-30"/],
    [['--storage=memory'], /--storage/],
    [['--partitions=0'], /--partitions/],
    [['--es.serverurls=x'], /did you mean --es.server-urls/],
  ])('refuses %j naming the argument', (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });

  it("survives the JSON of a BullMQ job's data", () => {
    const options = parse(['--storage=cassandra', '--cassandra.servers=c1,c2', '--partitions=16']);
    expect(dependenciesJob.parseOptions(JSON.parse(JSON.stringify(options)))).toEqual(options);
  });

  it.each([
    [{ storage: 'memory', partitions: 1, parallelism: 1, connection: {} }, /storage must be one of/],
    [{ storage: 'cassandra', partitions: 0, parallelism: 1, connection: {} }, /partitions must be/],
    [{ storage: 'cassandra', partitions: 1, parallelism: 1, connection: {}, date: 'x' }, /date/],
    [
      { storage: 'cassandra', partitions: 1, parallelism: 1, connection: { 'es.timeout': '1s' } },
      /unknown connection flag --es.timeout/,
    ],
    [
      { storage: 'elasticsearch', partitions: 1, parallelism: 1, connection: { 'es.timeout': 'soon' } },
      /--es.timeout: invalid value/,
    ],
  ])('refuses job data %j', (raw, message) => {
    expect(() => dependenciesJob.parseOptions(raw)).toThrow(message);
  });
});

describe('dependencies worker options', () => {
  it("takes the storage from --dependencies.storage, else the worker's --span-storage.type", () => {
    const fromConfig = (values: Record<string, unknown>) => dependenciesJob.worker.fromConfig(values);
    expect(fromConfig({ 'dependencies.partitions': 4, 'span-storage.type': 'cassandra' })).toMatchObject({
      storage: 'cassandra',
      partitions: 4,
    });
    expect(
      fromConfig({
        'dependencies.storage': 'opensearch',
        'span-storage.type': 'cassandra',
        'es.index-prefix': 'p',
      }),
    ).toEqual({
      storage: 'opensearch',
      partitions: 8,
      parallelism: 1,
      connection: { 'es.index-prefix': 'p' },
    });
    expect(() => fromConfig({ 'dependencies.storage': 'kafka' })).toThrow(/--dependencies.storage/);
  });

  it('has no date: a scheduled run derives the day it runs on', () => {
    expect(dependenciesJob.worker.fromConfig({})).not.toHaveProperty('date');
  });
});
