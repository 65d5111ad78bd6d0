import type { Duration } from './duration.ts';
import { opt } from './option.ts';
import type { Option } from './option.ts';
import { defineSchema } from './schema.ts';

/** TLS protocol versions a server accepts, as Jaeger spells them (`--*.tls.min-version=1.2`). */
export const TLS_VERSIONS = ['1.0', '1.1', '1.2', '1.3'] as const;
export type TlsVersionName = (typeof TLS_VERSIONS)[number];

/** The settings of one TLS server, read from `<prefix>.tls.*`. Files are PEM paths. */
export interface ServerTlsOptions {
  /** The flag prefix (`collector.otlp.http.tls`), for log lines and errors. */
  readonly prefix: string;
  readonly certFile: string;
  readonly keyFile: string;
  /** Set = mutual TLS: clients must present a certificate signed by this CA. */
  readonly clientCaFile: string | undefined;
  readonly minVersion: TlsVersionName;
  readonly maxVersion: TlsVersionName | undefined;
  /** OpenSSL cipher names (Node's `ciphers`); empty = Node's default list. */
  readonly cipherSuites: readonly string[];
  /** 0 = watch the files (polled every second); > 0 = re-read them at this period. */
  readonly reloadIntervalMs: Duration;
}

type TlsKeys<P extends string> = {
  readonly [
    K in
      | 'enabled'
      | 'cert'
      | 'key'
      | 'client-ca'
      | 'min-version'
      | 'max-version'
      | 'cipher-suites'
      | 'reload-interval' as `${P}.tls.${K}`
  ]: K extends 'enabled'
    ? Option<boolean>
    : K extends 'cipher-suites'
      ? Option<readonly string[]>
      : K extends 'reload-interval'
        ? Option<Duration>
        : K extends 'min-version'
          ? Option<TlsVersionName>
          : Option<string>;
};

/**
 * Jaeger's TLS server flags under `prefix` (`collector.otlp.http` → `--collector.otlp.http.tls.enabled`,
 * `.cert`, `.key`, `.client-ca`, `.min-version`, `.max-version`, `.cipher-suites`, `.reload-interval`).
 */
export function tlsServerConfig<const P extends string>(prefix: P, what: string): TlsKeys<P> {
  const schema: Record<string, Option<unknown>> = {
    [`${prefix}.tls.enabled`]: opt.bool({ help: `serve the ${what} over TLS`, default: false }),
    [`${prefix}.tls.cert`]: opt.string({ help: `${what}: server certificate chain (PEM file)`, default: '' }),
    [`${prefix}.tls.key`]: opt.string({ help: `${what}: server private key (PEM file)`, default: '' }),
    [`${prefix}.tls.client-ca`]: opt.string({
      help: `${what}: CA (PEM file) that client certificates must chain to; set = mutual TLS`,
      default: '',
    }),
    [`${prefix}.tls.min-version`]: opt.enum(TLS_VERSIONS, {
      help: `${what}: lowest TLS version accepted`,
      default: '1.2',
    }),
    [`${prefix}.tls.max-version`]: opt.string({
      help: `${what}: highest TLS version accepted (1.2 or 1.3; empty = newest)`,
      default: '',
    }),
    [`${prefix}.tls.cipher-suites`]: opt.stringList({
      help: `${what}: allowed TLS 1.2 cipher suites, OpenSSL names (empty = Node's defaults)`,
      default: [],
    }),
    [`${prefix}.tls.reload-interval`]: opt.duration({
      help: `${what}: re-read the certificate files at this interval (0 = when they change)`,
      default: '0s',
    }),
  };
  return defineSchema(schema) as unknown as TlsKeys<P>;
}

/**
 * The server TLS settings under `prefix`, or `undefined` when `<prefix>.tls.enabled` is false. Throws an
 * Error naming the flag when TLS is on without a certificate or key, or a version is unknown.
 */
export function serverTlsFromConfig(
  values: Readonly<Record<string, unknown>>,
  prefix: string,
): ServerTlsOptions | undefined {
  const get = (key: string): unknown => values[`${prefix}.tls.${key}`];
  const text = (key: string): string => {
    const value = get(key);
    if (typeof value !== 'string') throw new TypeError(`--${prefix}.tls.${key} is not in the schema`);
    return value;
  };
  if (get('enabled') !== true) return undefined;
  for (const file of ['cert', 'key']) {
    if (text(file) === '')
      throw new Error(`--${prefix}.tls.${file} is required with --${prefix}.tls.enabled`);
  }
  const max = text('max-version');
  if (max !== '' && !(TLS_VERSIONS as readonly string[]).includes(max)) {
    throw new Error(`--${prefix}.tls.max-version: expected one of ${TLS_VERSIONS.join(', ')}, got "${max}"`);
  }
  const clientCa = text('client-ca');
  return {
    prefix: `${prefix}.tls`,
    certFile: text('cert'),
    keyFile: text('key'),
    clientCaFile: clientCa === '' ? undefined : clientCa,
    minVersion: text('min-version') as TlsVersionName,
    maxVersion: max === '' ? undefined : (max as TlsVersionName),
    cipherSuites: get('cipher-suites') as readonly string[],
    reloadIntervalMs: get('reload-interval') as Duration,
  };
}
