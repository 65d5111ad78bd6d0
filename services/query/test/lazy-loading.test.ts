import { fileURLToPath } from 'node:url';
import { loadedModules, RECORD_MODULES } from '@spanstream/storage-factory/loaded-modules';
import { startNodeProcess } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('npm run query loads only what its configuration uses (ADR 0108)', () => {
  it('memory storage, live tail and metrics off: no database driver, no Kafka or Redis client', async () => {
    const proc = startNodeProcess(MAIN, {
      nodeArgs: RECORD_MODULES,
      args: [
        '--query.http-server.host-port=127.0.0.1:0',
        '--query.grpc-server.host-port=127.0.0.1:0',
        '--admin.http.host-port=127.0.0.1:0',
      ],
    });
    try {
      await expect
        .poll(() => proc.logs.find((entry) => entry['msg'] === 'query service listening'), {
          timeout: 20_000,
        })
        .toBeDefined();
    } finally {
      proc.child.kill('SIGTERM');
    }
    expect(await proc.exited).toBe(0);
    const { packages } = loadedModules(proc.stderr());
    // What every query serves with: the HTTP and gRPC APIs (gRPC is on by default, as in Jaeger).
    for (const used of ['fastify', '@grpc/grpc-js', 'prom-client']) expect(packages).toContain(used);
    for (const unused of [
      '@elastic/elasticsearch',
      '@opensearch-project/opensearch',
      'cassandra-driver',
      'kafkajs',
      '@platformatic/kafka',
      'ioredis',
    ])
      expect(packages).not.toContain(unused);
  }, 30_000);
});
