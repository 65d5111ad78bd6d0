import { loadConfig } from '@spanstream/config';
import type { HostPort } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { allInOneConfig } from '../src/config.ts';

const hostPortKeys = Object.entries(allInOneConfig)
  .filter(([, option]) => option.type === 'host-port')
  .map(([key]) => key);

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(allInOneConfig, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  return outcome.values as unknown as Record<string, HostPort | undefined>;
}

describe('all-in-one listen addresses', () => {
  it('binds every listener to 127.0.0.1 when started from the repository without flags', () => {
    expect(hostPortKeys).toEqual(
      expect.arrayContaining([
        'admin.http.host-port',
        'collector.otlp.http.host-port',
        'collector.otlp.grpc.host-port',
        'collector.grpc-server.host-port',
        'collector.http-server.host-port',
        'collector.zipkin.host-port',
        'collector.sampling.http.host-port',
        'query.http-server.host-port',
        'query.grpc-server.host-port',
        'processor.jaeger-compact.server-host-port',
        'processor.jaeger-binary.server-host-port',
        'processor.zipkin-compact.server-host-port',
      ]),
    );
    const values = load([]);
    for (const key of hostPortKeys) expect(values[key]?.host, key).toBe('127.0.0.1');
  });

  it('binds every interface for an explicit `:port` or 0.0.0.0 (how the image and compose expose them)', () => {
    const values = load(['--query.http-server.host-port=:16686'], {
      COLLECTOR_OTLP_HTTP_HOST_PORT: '0.0.0.0:4318',
    });
    expect(values['query.http-server.host-port']).toEqual({ host: '0.0.0.0', port: 16686 });
    expect(values['collector.otlp.http.host-port']).toEqual({ host: '0.0.0.0', port: 4318 });
  });
});
