import { ServerCredentials } from '@grpc/grpc-js';
import type { SecureServerOptions } from 'node:http2';
import type { SecureContextOptions } from 'node:tls';
import type { ServerTls } from './server-tls.ts';

/**
 * grpc-js credentials that follow `ServerTls`: grpc-js registers a watcher on its credentials and calls
 * `setSecureContext` on its http2 server for each update, so a renewed certificate is served without
 * rebinding (the same mechanism as its `FileWatcherCertificateProvider`, fed by our one file watcher).
 */
class ReloadableServerCredentials extends ServerCredentials {
  constructor(tls: ServerTls) {
    const constructorOptions: SecureServerOptions =
      tls.options.clientCaFile === undefined ? {} : { requestCert: true, rejectUnauthorized: true };
    super(constructorOptions, tls.contextOptions());
    tls.onChange((context: SecureContextOptions) => {
      this.updateSecureContextOptions(context);
    });
  }
  _equals(other: ServerCredentials): boolean {
    return other === this;
  }
}

/** TLS credentials for a grpc-js server, or insecure ones when `tls` is undefined. */
export function grpcServerCredentials(tls: ServerTls | undefined): ServerCredentials {
  return tls === undefined ? ServerCredentials.createInsecure() : new ReloadableServerCredentials(tls);
}
