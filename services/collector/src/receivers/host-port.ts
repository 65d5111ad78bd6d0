/** Jaeger's host-port form: `:4318`, `0.0.0.0:4318`, `localhost:0`, `[::1]:4318`. Empty host = all interfaces. */
export function parseHostPort(hostPort: string): { host: string; port: number } {
  const at = hostPort.lastIndexOf(':');
  const hostPart = at < 0 ? '' : hostPort.slice(0, at);
  const port = Number(at < 0 ? hostPort : hostPort.slice(at + 1));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid host-port "${hostPort}"`);
  const host = hostPart.replace(/^\[(.*)\]$/, '$1');
  return { host: host === '' ? '0.0.0.0' : host, port };
}
