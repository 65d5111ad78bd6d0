import { loadConfig } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { cassandraConfig, cassandraOptionsFromConfig } from './config.ts';
import { defaultCassandraOptions } from './options.ts';

describe('cassandra config', () => {
  it('defaults to the store defaults', () => {
    const outcome = loadConfig(cassandraConfig('cassandra'), { argv: [], env: {} });
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(cassandraOptionsFromConfig(outcome.values, 'cassandra')).toEqual({
      ...defaultCassandraOptions,
      tls: { enabled: false, skipHostVerify: false },
      flagNamespace: 'cassandra',
    });
  });

  it('reads flags and Jaeger-style env names for the archive namespace', () => {
    const outcome = loadConfig(cassandraConfig('cassandra-archive'), {
      argv: ['--cassandra-archive.servers=a,b', '--cassandra-archive.consistency', 'QUORUM'],
      env: { CASSANDRA_ARCHIVE_KEYSPACE: 'jaeger_archive', CASSANDRA_ARCHIVE_TRACE_TTL: '24h' },
    });
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    const options = cassandraOptionsFromConfig(outcome.values, 'cassandra-archive');
    expect(options.servers).toEqual(['a', 'b']);
    expect(options.consistency).toBe('QUORUM');
    expect(options.keyspace).toBe('jaeger_archive');
    expect(options.traceTtlSeconds).toBe(86_400);
  });

  it('rejects an unknown consistency level naming the key', () => {
    const outcome = loadConfig(cassandraConfig('cassandra'), {
      argv: ['--cassandra.consistency=SOME'],
      env: {},
    });
    expect(outcome.kind).toBe('error');
    expect(JSON.stringify(outcome)).toContain('cassandra.consistency');
  });
});
