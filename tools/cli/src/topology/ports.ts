import { formatHostPort, parseHostPort, type Schema } from '@spanstream/config';

/**
 * Replica `k` of a component listens on each of its ports + k × 1000: the base ports of our binaries
 * (4317, 4318, 14250, 14268, 9411, 5778, 14269; 16685-16687; 14270) differ modulo 1000, so replicas of
 * every component can run side by side on one machine without two of them wanting the same port.
 */
const REPLICA_PORT_STRIDE = 1000;

/** `--key=host:port` overrides for replica `replica` (none for replica 0 or for port 0, which stays ephemeral). */
export function replicaPortFlags(
  schema: Schema,
  explicit: ReadonlyMap<string, string>,
  replica: number,
): string[] {
  if (replica === 0) return [];
  const flags: string[] = [];
  for (const [key, option] of Object.entries(schema)) {
    if (option.type !== 'host-port') continue;
    const text = explicit.get(key) ?? (option.default === undefined ? '' : option.format(option.default));
    const hostPort = text.trim() === '' ? undefined : parseHostPort(text);
    if (hostPort === undefined || hostPort.port === 0) continue;
    flags.push(
      `--${key}=${formatHostPort({ ...hostPort, port: hostPort.port + replica * REPLICA_PORT_STRIDE })}`,
    );
  }
  return flags;
}
