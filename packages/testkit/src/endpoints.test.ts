import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackingServiceUnavailableError, configuredEndpoint, resolveEndpoint } from './endpoints.ts';
import { firstAddress } from './reachability.ts';

function stackDir(endpoints: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'testkit-'));
  writeFileSync(join(dir, 'endpoints.json'), JSON.stringify(endpoints));
  return dir;
}

describe('resolveEndpoint', () => {
  const stack = stackDir({ kafka: { service: 'kafka', url: '127.0.0.1:9092', version: '3.9.2', pid: 1 } });

  it('prefers the explicit environment variable', async () => {
    const env = { SPANSTREAM_TEST_KAFKA_BROKERS: 'broker:19092', SPANSTREAM_STACK_DIR: stack };
    await expect(resolveEndpoint('kafka', env)).resolves.toBe('broker:19092');
    expect(configuredEndpoint('kafka', env)?.source).toBe('env');
  });

  it("falls back to the stack script's endpoints file", async () => {
    const env = { SPANSTREAM_TEST_KAFKA_BROKERS: '', SPANSTREAM_STACK_DIR: stack };
    await expect(resolveEndpoint('kafka', env)).resolves.toBe('127.0.0.1:9092');
    expect(configuredEndpoint('kafka', env)?.source).toBe('stack');
  });

  it('without env, stack or Docker, fails saying how to start the service', async () => {
    const env = { SPANSTREAM_STACK_DIR: stack, SPANSTREAM_TEST_DOCKER: '0' };
    const failure = resolveEndpoint('redis', env);
    await expect(failure).rejects.toBeInstanceOf(BackingServiceUnavailableError);
    await expect(failure).rejects.toThrow(/SPANSTREAM_TEST_REDIS_URL.*npm run stack -- up redis/);
  });
});

describe('firstAddress', () => {
  it.each([
    ['kafka', 'a:9093,b:9094', { host: 'a', port: 9093 }],
    ['kafka', 'broker', { host: 'broker', port: 9092 }],
    ['cassandra', '10.0.0.5', { host: '10.0.0.5', port: 9042 }],
    ['redis', 'redis://127.0.0.1', { host: '127.0.0.1', port: 6379 }],
    ['elasticsearch', 'https://u:p@es.example:9243', { host: 'es.example', port: 9243 }],
  ] as const)('%s %s', (service, value, expected) => {
    expect(firstAddress(service, value)).toEqual(expected);
  });
});
