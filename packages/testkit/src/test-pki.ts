import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway CA with a server certificate (localhost, 127.0.0.1) and a client certificate, as PEM files. */
export interface TestPki {
  readonly dir: string;
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly clientCertFile: string;
  readonly clientKeyFile: string;
  /**
   * Issues a new server certificate with this common name and moves it over `certFile`/`keyFile` (each
   * file replaced atomically), as a certificate renewal would.
   */
  renewServerCert(commonName: string): void;
  remove(): void;
}

function openssl(args: readonly string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A new unencrypted P-256 key for `openssl req`. */
const NEW_EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

function issue(dir: string, name: string, commonName: string, extensions: string): void {
  openssl(
    [
      'req',
      '-new',
      ...NEW_EC_KEY,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${commonName}`,
    ],
    dir,
  );
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ],
    dir,
  );
}

const SERVER_EXT = 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n';
const CLIENT_EXT = 'extendedKeyUsage=clientAuth\n';

/** Creates the CA and certificates in a new temporary directory with the `openssl` CLI. */
export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-pki-'));
  openssl(
    [
      'req',
      '-x509',
      ...NEW_EC_KEY,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=Spanstream test CA',
    ],
    dir,
  );
  issue(dir, 'server', 'spanstream-test-server', SERVER_EXT);
  issue(dir, 'client', 'spanstream-test-client', CLIENT_EXT);
  let renewals = 0;
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'server.pem'),
    keyFile: join(dir, 'server.key'),
    clientCertFile: join(dir, 'client.pem'),
    clientKeyFile: join(dir, 'client.key'),
    renewServerCert(commonName) {
      const name = `renewed-${++renewals}`;
      issue(dir, name, commonName, SERVER_EXT);
      // Key first: a reader that sees the new certificate with the old key fails and retries later.
      renameSync(join(dir, `${name}.key`), join(dir, 'server.key'));
      renameSync(join(dir, `${name}.pem`), join(dir, 'server.pem'));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
