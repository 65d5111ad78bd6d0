import type { HostPort } from '@spanstream/config';

/**
 * The address a person types to open the UI: a wildcard or loopback listener becomes `localhost`,
 * IPv6 literals get brackets, and the base path ends with a slash.
 */
export function uiUrl(listen: HostPort, port: number, basePath: string, tls: boolean): string {
  const host = ['', '0.0.0.0', '::', '127.0.0.1', '::1'].includes(listen.host)
    ? 'localhost'
    : listen.host.includes(':')
      ? `[${listen.host}]`
      : listen.host;
  const path = basePath === '' || basePath === '/' ? '/' : `${basePath.replace(/\/+$/, '')}/`;
  return `${tls ? 'https' : 'http'}://${host}:${port}${path}`;
}
