import { opt, type Option } from './option.ts';
import { scopedValues } from './prefix.ts';

/** What a backend client (Kafka, Cassandra, Elasticsearch) reads from its `tls.*` flags; files are PEM paths. */
export interface ClientTlsOptions {
  readonly enabled?: boolean;
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly serverName?: string;
  readonly skipHostVerify?: boolean;
}

type ClientTlsSchema = {
  readonly 'tls.enabled': Option<boolean>;
  readonly 'tls.ca': Option<string | undefined>;
  readonly 'tls.cert': Option<string | undefined>;
  readonly 'tls.key': Option<string | undefined>;
  readonly 'tls.server-name': Option<string | undefined>;
  readonly 'tls.skip-host-verify': Option<boolean>;
};

/** The help texts of one backend's TLS flags, which name what the client connects to. */
export interface ClientTlsHelp {
  readonly enabled: string;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  readonly skipHostVerify: string;
  /** Kafka's path flags default to '' (Jaeger's); the databases' have no default. */
  readonly fileDefault?: '';
}

/**
 * Jaeger's TLS client flags, `tls.enabled`, `.ca`, `.cert`, `.key`, `.server-name`,
 * `.skip-host-verify`, without the backend's prefix (`es.`, `cassandra.`, `kafka.producer.`), which
 * the backend adds with `prefixSchema`.
 */
export function tlsClientConfig(help: ClientTlsHelp): ClientTlsSchema {
  const file = (text: string) =>
    help.fileDefault === undefined ? opt.string({ help: text }) : opt.string({ help: text, default: '' });
  return {
    'tls.enabled': opt.bool({ help: help.enabled, default: false }),
    'tls.ca': file(help.ca),
    'tls.cert': file(help.cert),
    'tls.key': file(help.key),
    'tls.server-name': file('server name expected in the certificate'),
    'tls.skip-host-verify': opt.bool({ help: help.skipHostVerify, default: false }),
  };
}

/** The TLS settings under `namespace` (`es`, `kafka.producer`...); an empty path is no file. */
export function clientTlsFromConfig(
  values: Readonly<Record<string, unknown>>,
  namespace: string,
): ClientTlsOptions {
  const get = scopedValues<ClientTlsSchema>(values, namespace);
  const path = (key: 'tls.ca' | 'tls.cert' | 'tls.key' | 'tls.server-name') => get(key) || undefined;
  const ca = path('tls.ca');
  const cert = path('tls.cert');
  const key = path('tls.key');
  const serverName = path('tls.server-name');
  return {
    enabled: get('tls.enabled'),
    skipHostVerify: get('tls.skip-host-verify'),
    ...(ca !== undefined && { ca }),
    ...(cert !== undefined && { cert }),
    ...(key !== undefined && { key }),
    ...(serverName !== undefined && { serverName }),
  };
}

/** `username`/`password` as a backend reads them (absent when the flag is not set). */
export interface PasswordAuthOptions {
  readonly username?: string;
  readonly password?: string;
}

/** Jaeger's `username`/`password` flags of a database (`--es.username`, `--cassandra.password`). */
export function passwordAuthConfig(scheme: string) {
  return {
    username: opt.string({ help: `username for ${scheme}` }),
    password: opt.string({ help: `password for ${scheme}` }),
  };
}

/** The `username`/`password` under `namespace`. */
export function passwordAuthFromConfig(
  values: Readonly<Record<string, unknown>>,
  namespace: string,
): PasswordAuthOptions {
  const get = scopedValues<ReturnType<typeof passwordAuthConfig>>(values, namespace);
  const username = get('username');
  const password = get('password');
  return { ...(username !== undefined && { username }), ...(password !== undefined && { password }) };
}
