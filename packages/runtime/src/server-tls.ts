import { readFileSync, statSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { SecureContextOptions, SecureVersion, TlsOptions } from 'node:tls';
import { serverTlsFromConfig } from '@spanstream/config';
import type { ServerTlsOptions, TlsVersionName } from '@spanstream/config';
import type { Logger } from 'pino';

/** Something whose certificate can be swapped while it runs: a node tls/https/http2 server. */
export interface SecureContextTarget {
  setSecureContext(options: SecureContextOptions): void;
}

/**
 * One server's TLS material, re-read from disk when the files change: `serverOptions()` for the server's
 * constructor, then `attach(server)` (node) or `onChange(listener)` (grpc-js) to follow renewals without a
 * restart. Files are polled with `stat` (mtime, size, inode), which also sees the atomic symlink swap
 * Kubernetes uses for mounted secrets; the new material is applied only if it parses.
 */
export interface ServerTls {
  readonly options: ServerTlsOptions;
  /** Constructor options: the current context plus `requestCert`/`rejectUnauthorized` for mutual TLS. */
  serverOptions(): TlsOptions;
  /** The current certificate, key, CA and protocol settings. */
  contextOptions(): SecureContextOptions;
  attach(server: SecureContextTarget): void;
  onChange(listener: (context: SecureContextOptions) => void): void;
  /** Stops watching the files. Idempotent. */
  close(): void;
}

const VERSIONS: Record<TlsVersionName, SecureVersion> = {
  '1.0': 'TLSv1',
  '1.1': 'TLSv1.1',
  '1.2': 'TLSv1.2',
  '1.3': 'TLSv1.3',
};

/** How often files are stat'ed when `reload-interval` is 0 ("when they change"). */
const WATCH_POLL_MS = 1000;

function readContext(options: ServerTlsOptions): SecureContextOptions {
  return {
    cert: readFileSync(options.certFile),
    key: readFileSync(options.keyFile),
    ...(options.clientCaFile === undefined ? {} : { ca: readFileSync(options.clientCaFile) }),
    minVersion: VERSIONS[options.minVersion],
    ...(options.maxVersion === undefined ? {} : { maxVersion: VERSIONS[options.maxVersion] }),
    ...(options.cipherSuites.length === 0 ? {} : { ciphers: options.cipherSuites.join(':') }),
  };
}

function fingerprint(options: ServerTlsOptions): string {
  const files = [options.certFile, options.keyFile, options.clientCaFile].filter((f) => f !== undefined);
  return files
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.mtimeMs}:${s.size}:${s.ino}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Reads the files now (a bad certificate fails startup) and starts watching them. */
export function createServerTls(options: ServerTlsOptions, logger?: Logger): ServerTls {
  let context = readContext(options);
  const listeners: ((context: SecureContextOptions) => void)[] = [];
  let seen = fingerprint(options);
  const reload = (): void => {
    const now = fingerprint(options);
    if (now === seen) return;
    seen = now;
    try {
      const next = readContext(options);
      // Parse before handing it on: grpc-js drops every connection when setSecureContext fails.
      createSecureContext(next);
      for (const listener of listeners) listener(next);
      context = next;
      logger?.info({ tls: options.prefix, cert: options.certFile }, 'TLS certificate reloaded');
    } catch (error) {
      // Half-written files (cert renewed, key not yet): keep serving the old pair; the next change of
      // any of the files is tried again.
      logger?.warn(
        { err: error, tls: options.prefix },
        'TLS certificate reload failed; keeping the previous one',
      );
    }
  };
  let timer: NodeJS.Timeout | undefined = setInterval(
    reload,
    options.reloadIntervalMs > 0 ? options.reloadIntervalMs : WATCH_POLL_MS,
  );
  timer.unref();
  return {
    options,
    contextOptions: () => context,
    serverOptions: () => ({
      ...context,
      ...(options.clientCaFile === undefined ? {} : { requestCert: true, rejectUnauthorized: true }),
    }),
    attach(server) {
      listeners.push((next) => {
        server.setSecureContext(next);
      });
    },
    onChange(listener) {
      listeners.push(listener);
    },
    close() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/**
 * `<prefix>.tls.*` from loaded configuration: a watching `ServerTls`, or `undefined` with TLS off. Throws an
 * Error naming the flag for a missing or unreadable certificate (startup fails, as in Jaeger).
 */
export function serverTlsFromValues(
  values: Readonly<Record<string, unknown>>,
  prefix: string,
  logger?: Logger,
): ServerTls | undefined {
  const options = serverTlsFromConfig(values, prefix);
  if (options === undefined) return undefined;
  try {
    return createServerTls(options, logger);
  } catch (error) {
    throw new Error(`--${prefix}.tls: ${(error as Error).message}`, { cause: error });
  }
}
