import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { createTestPki, type TestPki } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '@spanstream/testkit';
import { startAllInOne, UDP_ANY_PORT } from './process.ts';
import type { RunningProcess } from './process.ts';

const run = promisify(execFile);

/** curl's exit code and output; TLS failures are an exit code, not an exception. */
async function curl(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('curl', ['-sS', '--max-time', '10', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The common name of the certificate a TLS server presents now. */
function servedCommonName(port: number, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'localhost', ca }, () => {
      const cn = socket.getPeerCertificate().subject.CN;
      socket.end();
      resolve((Array.isArray(cn) ? cn.join(',') : cn) ?? '');
    });
    socket.on('error', reject);
  });
}

const flags = (prefix: string, pki: TestPki, clientCa = false): string[] => [
  `--${prefix}.tls.enabled=true`,
  `--${prefix}.tls.cert=${pki.certFile}`,
  `--${prefix}.tls.key=${pki.keyFile}`,
  ...(clientCa ? [`--${prefix}.tls.client-ca=${pki.caFile}`] : []),
];

const TRACE = JSON.stringify({
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'tls-client' } }] },
      scopeSpans: [
        {
          spans: [
            {
              traceId: '0af7651916cd43dd8448eb211c80319c',
              spanId: 'b7ad6b7169203331',
              name: 'over-tls',
              startTimeUnixNano: '1700000000000000000',
              endTimeUnixNano: '1700000000100000000',
            },
          ],
        },
      ],
    },
  ],
});

describe('all-in-one with TLS on its servers (--*.tls.* flags)', () => {
  let pki: TestPki;
  let running: RunningProcess | undefined;
  const port = {
    otlpHttp: 0,
    otlpGrpc: 0,
    jaegerGrpc: 0,
    jaegerHttp: 0,
    zipkin: 0,
    sampling: 0,
    query: 0,
    queryGrpc: 0,
    admin: 0,
  };

  beforeAll(async () => {
    pki = createTestPki();
    for (const name of Object.keys(port) as (keyof typeof port)[]) port[name] = await freePort();
    running = startAllInOne([
      `--collector.otlp.http.host-port=127.0.0.1:${port.otlpHttp}`,
      `--query.http-server.host-port=127.0.0.1:${port.query}`,
      `--query.grpc-server.host-port=127.0.0.1:${port.queryGrpc}`,
      `--admin.http.host-port=127.0.0.1:${port.admin}`,
      `--collector.otlp.grpc.host-port=127.0.0.1:${port.otlpGrpc}`,
      `--collector.grpc-server.host-port=127.0.0.1:${port.jaegerGrpc}`,
      `--collector.http-server.host-port=127.0.0.1:${port.jaegerHttp}`,
      `--collector.zipkin.host-port=127.0.0.1:${port.zipkin}`,
      `--collector.sampling.http.host-port=127.0.0.1:${port.sampling}`,
      ...UDP_ANY_PORT,
      ...flags('collector.otlp.http', pki),
      ...flags('collector.otlp.grpc', pki, true),
      ...flags('collector.grpc', pki),
      ...flags('collector.http', pki),
      ...flags('collector.zipkin', pki),
      ...flags('collector.sampling.http', pki),
      ...flags('query.http', pki),
      ...flags('query.grpc', pki),
      ...flags('admin.http', pki, true),
      '--query.http.tls.reload-interval=200ms',
    ]);
    await vi.waitFor(
      () => {
        if (running!.child.exitCode !== null) throw new Error(`exited early: ${running!.stderr()}`);
        expect(running!.logs.some((line) => line['msg'] === 'all-in-one ready')).toBe(true);
      },
      { timeout: 30_000, interval: 100 },
    );
  });

  afterAll(async () => {
    if (running !== undefined && running.child.exitCode === null) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
    pki.remove();
  });

  it('accepts OTLP/HTTP and serves the query API over HTTPS to curl --cacert', async () => {
    const post = await curl([
      '--cacert',
      pki.caFile,
      '-H',
      'content-type: application/json',
      '--data-binary',
      TRACE,
      '-w',
      '%{http_code}',
      '-o',
      '/dev/null',
      `https://localhost:${port.otlpHttp}/v1/traces`,
    ]);
    expect(post).toMatchObject({ code: 0, stdout: '200' });
    await vi.waitFor(
      async () => {
        const services = await curl(['--cacert', pki.caFile, `https://localhost:${port.query}/api/services`]);
        expect(services.code).toBe(0);
        expect((JSON.parse(services.stdout) as { data: string[] }).data).toContain('tls-client');
      },
      { timeout: 10_000, interval: 200 },
    );
  });

  it('refuses plain HTTP on a TLS port, and a certificate the client does not trust', async () => {
    for (const url of [
      `http://127.0.0.1:${port.otlpHttp}/v1/traces`,
      `http://127.0.0.1:${port.query}/api/services`,
    ]) {
      const plain = await curl(['-w', '%{http_code}', url]);
      expect(plain.code, url).not.toBe(0);
      expect(plain.stdout, url).not.toMatch(/^[1-5]\d\d$/);
    }
    const untrusted = await curl([`https://localhost:${port.query}/api/services`]);
    expect(untrusted.code).toBe(60); // peer certificate cannot be authenticated with known CA certificates
  });

  it('asks for a client certificate on the admin port when --admin.http.tls.client-ca is set', async () => {
    const anonymous = await curl(['--cacert', pki.caFile, `https://localhost:${port.admin}/`]);
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toMatch(/certificate required|alert/i);
    const withCert = await curl([
      '--cacert',
      pki.caFile,
      '--cert',
      pki.clientCertFile,
      '--key',
      pki.clientKeyFile,
      `https://localhost:${port.admin}/`,
    ]);
    expect(withCert.code).toBe(0);
    expect(JSON.parse(withCert.stdout)).toMatchObject({ status: 'Server available' });
  });

  /** One unary call with raw bytes; an empty message is a valid request for both methods used here. */
  const unary = (target: number, method: string, credentials: grpc.ChannelCredentials) =>
    new Promise<Buffer>((resolve, reject) => {
      const client = new grpc.Client(`localhost:${target}`, credentials);
      client.makeUnaryRequest(
        method,
        (value: Buffer) => value,
        (bytes: Buffer) => bytes,
        Buffer.alloc(0),
        { deadline: Date.now() + 5000 },
        (error, value) => {
          client.close();
          if (error !== null) reject(error);
          else resolve(value!);
        },
      );
    });

  it('serves gRPC over TLS to a grpc-js client, and not to a plaintext one', async () => {
    const healthCheck = (credentials: grpc.ChannelCredentials) =>
      unary(port.queryGrpc, '/grpc.health.v1.Health/Check', credentials);
    const serving = await healthCheck(grpc.credentials.createSsl(readFileSync(pki.caFile)));
    expect([...serving]).toEqual([0x08, 0x01]); // HealthCheckResponse{status: SERVING}
    await expect(healthCheck(grpc.credentials.createInsecure())).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
  });

  it('OTLP/gRPC with --collector.otlp.grpc.tls.client-ca: accepts a client certificate, refuses none', async () => {
    const ca = readFileSync(pki.caFile);
    const exportTraces = (credentials: grpc.ChannelCredentials) =>
      unary(port.otlpGrpc, '/opentelemetry.proto.collector.trace.v1.TraceService/Export', credentials);
    const mutual = grpc.credentials.createSsl(
      ca,
      readFileSync(pki.clientKeyFile),
      readFileSync(pki.clientCertFile),
    );
    await expect(exportTraces(mutual)).resolves.toBeInstanceOf(Buffer);
    await expect(exportTraces(grpc.credentials.createSsl(ca))).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
  });

  it('speaks TLS on every receiver, the query servers and admin (one flag set each)', async () => {
    const ca = readFileSync(pki.caFile);
    for (const [name, value] of Object.entries(port)) {
      expect(await servedCommonName(value, ca), name).toBe('spanstream-test-server');
    }
    // Jaeger's sampling endpoint over TLS, end to end.
    const sampling = await curl([
      '--cacert',
      pki.caFile,
      `https://localhost:${port.sampling}/sampling?service=x`,
    ]);
    expect(sampling.code).toBe(0);
    expect(JSON.parse(sampling.stdout)).toMatchObject({ strategyType: 'PROBABILISTIC' });
  });

  it('serves a renewed certificate without a restart', async () => {
    const ca = readFileSync(pki.caFile);
    expect(await servedCommonName(port.query, ca)).toBe('spanstream-test-server');
    pki.renewServerCert('spanstream-renewed');
    await vi.waitFor(
      async () => {
        expect(await servedCommonName(port.query, ca)).toBe('spanstream-renewed');
      },
      {
        timeout: 10_000,
        interval: 200,
      },
    );
    // The gRPC server follows the same files (polled every second with the default reload-interval).
    await vi.waitFor(
      async () => {
        expect(await servedCommonName(port.queryGrpc, ca)).toBe('spanstream-renewed');
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(running!.child.exitCode).toBeNull();
  });
});
