import type { ClientTlsOptions, HostPort } from '@spanstream/config';
import type { ForwardingQueueOptions } from './reporter/forwarding-queue.ts';
import type { UdpServerOptions } from './udp/udp-server.ts';

export type UdpProcessorOptions = UdpServerOptions;

export interface AgentOptions {
  readonly udp: readonly UdpProcessorOptions[];
  /** The sampling HTTP server; undefined = off. */
  readonly httpHostPort: HostPort | undefined;
  /** `--agent.tags`, encoded (see encodeAgentTags). */
  readonly processTags: Uint8Array;
  readonly collectors: readonly HostPort[];
  readonly tls: ClientTlsOptions;
  readonly timeoutMs: number;
  readonly queue: ForwardingQueueOptions;
}
