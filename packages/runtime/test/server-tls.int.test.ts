import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { durationMs } from '@spanstream/config';
import { createTestPki } from '@spanstream/testkit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createLogger, createNodeHttpServer, createServerTls } from '../src/index.ts';

const pki = createTestPki();
afterAll(() => {
  pki.remove();
});

function servedCommonName(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: '127.0.0.1', port, servername: 'localhost', ca: readFileSync(pki.caFile) },
      () => {
        const cn = socket.getPeerCertificate().subject.CN;
        socket.end();
        resolve((Array.isArray(cn) ? cn.join(',') : cn) ?? '');
      },
    );
    socket.on('error', reject);
  });
}

describe('createServerTls', () => {
  it('keeps serving the old certificate through a broken renewal, then takes the next good one', async () => {
    const tls = createServerTls(
      {
        prefix: 'test.tls',
        certFile: pki.certFile,
        keyFile: pki.keyFile,
        clientCaFile: undefined,
        minVersion: '1.2',
        maxVersion: undefined,
        cipherSuites: [],
        reloadIntervalMs: durationMs(100),
      },
      createLogger({ level: 'silent' }),
    );
    const server = createNodeHttpServer((_request, response) => response.end('ok'), { tls });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await servedCommonName(port)).toBe('spanstream-test-server');
      writeFileSync(pki.certFile, '-----BEGIN CERTIFICATE-----\nnot a certificate\n');
      // Several reload periods pass with the broken file: the old pair is still served.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await servedCommonName(port)).toBe('spanstream-test-server');
      pki.renewServerCert('after-a-bad-renewal');
      await vi.waitFor(
        async () => {
          expect(await servedCommonName(port)).toBe('after-a-bad-renewal');
        },
        {
          timeout: 5000,
          interval: 100,
        },
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
