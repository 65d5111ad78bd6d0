import { fileURLToPath } from 'node:url';
import {
  cassandraContactPoints,
  cassandraLocalDataCenter,
  startNodeProcess,
  uniqueName,
} from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('npm run query on Cassandra without its keyspace', () => {
  it('exits 1 with one log line naming the keyspace and the flag that creates it, no stack trace', async () => {
    const [host, port] = (await cassandraContactPoints())[0]!.split(':');
    const keyspace = uniqueName('missing')
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_');
    const query = startNodeProcess(MAIN, {
      inheritEnv: true,
      args: [
        '--span-storage.type=cassandra',
        `--cassandra.servers=${host!}`,
        `--cassandra.port=${port ?? '9042'}`,
        `--cassandra.local-dc=${await cassandraLocalDataCenter()}`,
        `--cassandra.keyspace=${keyspace}`,
        '--query.http-server.host-port=127.0.0.1:0',
        '--query.grpc-server.host-port=127.0.0.1:0',
        '--admin.http.host-port=127.0.0.1:0',
      ],
    });
    const code = await query.exited;
    const output = query.stdout() + query.stderr();
    expect(code).toBe(1);
    const fatal = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry['level'] === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!['msg']).toBe(
      `storage failed to start: cassandra keyspace '${keyspace}' does not exist: start with ` +
        `--cassandra.create-schema=true (CASSANDRA_CREATE_SCHEMA=true) to create it, or create it with ` +
        "Jaeger's schema script",
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(fatal[0]).not.toHaveProperty('err');
  }, 60_000);
});
