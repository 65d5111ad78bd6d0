import { describe, expect, it } from 'vitest';
import { loadConfig } from '@spanstream/config';
import { collectorOptionsFromConfig } from '../src/config.ts';
import { collectorConfig } from '../src/main-config.ts';

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(collectorConfig, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(`config: ${JSON.stringify(outcome)}`);
  return collectorOptionsFromConfig(outcome.values, env);
}

describe('collector configuration (Jaeger flag names)', () => {
  it("has Jaeger defaults, on 127.0.0.1 unless a host is given (the OTel Collector's safe default)", () => {
    const options = load([]);
    expect(options).toMatchObject({
      otlpEnabled: true,
      otlpHttpHostPort: { host: '127.0.0.1', port: 4318 },
      otlpGrpcHostPort: { host: '127.0.0.1', port: 4317 },
      grpcHostPort: { host: '127.0.0.1', port: 14250 },
      httpHostPort: { host: '127.0.0.1', port: 14268 },
      zipkinHostPort: { host: '127.0.0.1', port: 9411 },
      samplingHostPort: { host: '127.0.0.1', port: 5778 },
      tls: {},
      queueSize: 2000,
      numWorkers: 50,
      grpcMaxMessageSize: 4 * 1024 * 1024,
    });
  });

  it("keeps Jaeger's meaning of `:port`: every interface", () => {
    const options = load(['--collector.otlp.http.host-port=:4318'], {
      COLLECTOR_OTLP_GRPC_HOST_PORT: ':4317',
    });
    expect(options.otlpHttpHostPort).toEqual({ host: '0.0.0.0', port: 4318 });
    expect(options.otlpGrpcHostPort).toEqual({ host: '0.0.0.0', port: 4317 });
  });

  it('reads --collector.<receiver>.tls.* per receiver and names the flag of a missing key', () => {
    const options = load([
      '--collector.otlp.http.tls.enabled=true',
      '--collector.otlp.http.tls.cert=/c.pem',
      '--collector.otlp.http.tls.key=/k.pem',
      '--collector.otlp.http.tls.client-ca=/ca.pem',
      '--collector.otlp.http.tls.min-version=1.3',
    ]);
    expect(Object.keys(options.tls)).toEqual(['otlpHttp']);
    expect(options.tls.otlpHttp).toMatchObject({
      certFile: '/c.pem',
      keyFile: '/k.pem',
      clientCaFile: '/ca.pem',
      minVersion: '1.3',
    });
    expect(() => load(['--collector.grpc.tls.enabled=true', '--collector.grpc.tls.cert=/c.pem'])).toThrow(
      '--collector.grpc.tls.key is required with --collector.grpc.tls.enabled',
    );
  });

  it('reads flags over env, turns receivers off with an empty host-port, expands collector tags', () => {
    const options = load(
      [
        '--collector.queue-size=10',
        '--collector.zipkin.host-port=',
        '--collector.tags=dc=${DC:eu},team=core',
      ],
      { COLLECTOR_QUEUE_SIZE: '99', COLLECTOR_NUM_WORKERS: '3', DC: 'us' },
    );
    expect(options.queueSize).toBe(10);
    expect(options.numWorkers).toBe(3);
    expect(options.zipkinHostPort).toBeUndefined();
    expect(options.sanitizer.collectorTags).toEqual([
      { key: 'dc', type: 'string', value: 'us' },
      { key: 'team', type: 'string', value: 'core' },
    ]);
  });

  it('names the key of a bad value', () => {
    expect(() => load(['--collector.otlp.http.host-port=nope'])).toThrow(
      /"key":"--collector\.otlp\.http\.host-port".*invalid value/,
    );
    expect(() => load(['--collector.tags=novalue'])).toThrow(/collector\.tags: "novalue"/);
    expect(loadConfig(collectorConfig, { argv: ['--collector.queue-size=many'], env: {} }).kind).not.toBe(
      'ok',
    );
  });

  it('reads the span start-time window (issue 12, bug 5): all since 2000, up to 24h ahead by default', () => {
    expect(load([]).sanitizer.startTimeWindow).toEqual({ maxAgeMicros: 0, maxFutureMicros: 24 * 3600e6 });
    expect(
      load(['--collector.span-start-time.max-age=720h'], { COLLECTOR_SPAN_START_TIME_MAX_FUTURE: '1h' })
        .sanitizer.startTimeWindow,
    ).toEqual({ maxAgeMicros: 720 * 3600e6, maxFutureMicros: 3600e6 });
  });
});
