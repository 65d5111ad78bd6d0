import cassandra from 'cassandra-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { cassandraContactPoints, cassandraLocalDataCenter, uniqueName } from '../src/index.ts';

describe('Cassandra (cassandra-driver)', () => {
  const keyspace = uniqueName('smoke');
  let client: cassandra.Client | undefined;

  afterAll(async () => {
    await client?.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await client?.shutdown();
  });

  it('creates a keyspace and a table, inserts and selects rows', async () => {
    client = new cassandra.Client({
      contactPoints: await cassandraContactPoints(),
      localDataCenter: await cassandraLocalDataCenter(),
    });
    await client.connect();
    await client.execute(
      `CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`,
    );
    await client.execute(
      `CREATE TABLE ${keyspace}.spans (trace_id blob, span_id bigint, operation text, PRIMARY KEY (trace_id, span_id))`,
    );
    const traceId = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    for (let i = 0; i < 10; i++) {
      await client.execute(
        `INSERT INTO ${keyspace}.spans (trace_id, span_id, operation) VALUES (?, ?, ?)`,
        [traceId, cassandra.types.Long.fromNumber(i), `op-${i}`],
        { prepare: true },
      );
    }
    const result = await client.execute(
      `SELECT span_id, operation FROM ${keyspace}.spans WHERE trace_id = ?`,
      [traceId],
      {
        prepare: true,
      },
    );
    expect(result.rows.map((row) => row.get('operation') as string)).toEqual(
      Array.from({ length: 10 }, (_, i) => `op-${i}`),
    );
  });
});
