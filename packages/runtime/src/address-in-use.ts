import { envName, type Schema } from '@spanstream/config';

/**
 * For a listener that could not bind because its port is taken: a one-line message naming the
 * flag and the environment variable that move it. Undefined for any other error, or when no
 * host:port option holds that port (the caller then logs the error as it is).
 */
export function addressInUseMessage(
  error: unknown,
  schema: Schema,
  values: Readonly<Record<string, unknown>>,
): string | undefined {
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e.code !== 'EADDRINUSE' || typeof e.port !== 'number') return undefined;
  const keys = Object.keys(schema).filter((key) => {
    const value = values[key] as { port?: unknown } | undefined;
    return schema[key]!.type === 'host-port' && value?.port === e.port;
  });
  if (keys.length === 0) return undefined;
  const moves = keys.map((key) => `--${key} (env ${envName(key)})`).join(' or ');
  // The all-in-one also moves every listener at once (a second instance beside the first).
  const all =
    'port-offset' in schema ? '; --port-offset=1000 (env PORT_OFFSET) moves every default port' : '';
  return `port ${e.port} is already in use (another Spanstream or Jaeger running?): stop it, or move this listener with ${moves}; 127.0.0.1:0 picks a free port${all}`;
}
