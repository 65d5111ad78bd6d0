import type { ClientTlsOptions, HostPort } from '@spanstream/config';
import type { KeyValue } from '@spanstream/model';
import type { ForwardingQueueOptions } from './reporter/forwarding-queue.ts';
import type { UdpServerOptions } from './udp/udp-server.ts';

export type UdpProcessorOptions = UdpServerOptions;

export interface AgentOptions {
  readonly udp: readonly UdpProcessorOptions[];
  /** The sampling HTTP server; undefined = off. */
  readonly httpHostPort: HostPort | undefined;
  /** `--agent.tags`, encoded as api_v2 Process fields (see agentTagsFromConfig). */
  readonly processTags: Uint8Array;
  /** `--agent.tags` as tags, for the spans of `emitZipkinBatch` (each with its own process). */
  readonly agentTags: readonly KeyValue[];
  readonly collectors: readonly HostPort[];
  readonly tls: ClientTlsOptions;
  readonly timeoutMs: number;
  readonly queue: ForwardingQueueOptions;
}
