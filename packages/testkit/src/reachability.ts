import { connect } from 'node:net';
import { parseHostPort, type HostPort } from '@spanstream/config';
import type { TestService } from './service-names.ts';

/** host and port of the first address in an endpoint string (a `host:port` list or a URL). */
export function firstAddress(service: TestService, value: string): HostPort {
  const first = value.split(',')[0]?.trim() ?? '';
  if (first.includes('://')) {
    const url = new URL(first);
    const fallback = url.protocol === 'https:' ? 443 : url.protocol === 'redis:' ? 6379 : 80;
    return { host: url.hostname, port: url.port === '' ? fallback : Number(url.port) };
  }
  return parseHostPort(first) ?? { host: first, port: service === 'kafka' ? 9092 : 9042 };
}

/** True when the first address of `value` accepts a TCP connection. */
export function reachable(service: TestService, value: string, timeoutMs = 2_000): Promise<boolean> {
  const { host, port } = firstAddress(service, value);
  return tcpReachable(port, host, timeoutMs);
}

/** True when `host:port` accepts a TCP connection within `timeoutMs`. */
export function tcpReachable(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => {
      done(false);
    });
    socket.once('connect', () => {
      done(true);
    });
    socket.once('error', () => {
      done(false);
    });
  });
}
