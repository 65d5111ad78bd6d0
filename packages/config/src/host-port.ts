/** A listen address in Jaeger's `host:port` form; `:4318` means every interface. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** Host used for Jaeger's `:port` (empty host) form: every IPv4 interface. */
export const ANY_HOST = '0.0.0.0';

/** `:4318`, `4318`, `127.0.0.1:4318`, `[::1]:4318`; port 0 asks the OS for a free port (tests). */
export function parseHostPort(text: string): HostPort | undefined {
  const match = /^(?:(\[[0-9a-fA-F:.]+\]|[^:[\]\s]*):)?(\d{1,5})$/.exec(text.trim());
  if (match === null) return undefined;
  const port = Number(match[2]);
  if (port > 65535) return undefined;
  const host = match[1] === undefined || match[1] === '' ? ANY_HOST : match[1].replace(/^\[(.*)\]$/, '$1');
  return { host, port };
}

export function formatHostPort(value: HostPort): string {
  return value.host.includes(':') ? `[${value.host}]:${value.port}` : `${value.host}:${value.port}`;
}
