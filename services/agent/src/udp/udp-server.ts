import { createSocket, type Socket } from 'node:dgram';
import type { HostPort } from '@spanstream/config';
import type { Logger } from '@spanstream/runtime';
import type { AgentMetrics, UdpProtocol } from '../metrics.ts';
import { BinaryReader } from '../thrift/binary-reader.ts';
import { CompactReader } from '../thrift/compact-reader.ts';
import type { ThriftReader } from '../thrift/thrift-reader.ts';
import type { EmitBatchTranscoder, TranscodedBatch } from '../transcode/emit-batch.ts';

export interface UdpServerOptions {
  /** The flag's processor name, for logs: `jaeger-compact`, `jaeger-binary`, `zipkin-compact`. */
  readonly name: string;
  readonly protocol: UdpProtocol;
  readonly hostPort: HostPort;
  /** Datagrams waiting to be transcoded; more are dropped (Jaeger's `server-queue-size`). */
  readonly queueSize: number;
  /** Larger datagrams are refused (Jaeger's `server-max-packet-size`). */
  readonly maxPacketSize: number;
  /** Socket receive buffer in bytes (0 = the OS default). */
  readonly socketBufferSize: number;
}

/** Where a transcoded batch goes (a batch not taken is counted there). */
export type BatchHandler = (batch: TranscodedBatch) => void;

export interface UdpServer {
  start(): Promise<number>;
  stop(): Promise<void>;
}

const LOG_INTERVAL_MS = 10_000;

/**
 * One Thrift-over-UDP listener. Datagrams are queued as they arrive and transcoded in a batch on the
 * next turn of the event loop; a full queue drops them (counted), as Jaeger's bounded channel does. A
 * datagram that is not a valid emitBatch is counted and dropped with at most one log line per 10 s.
 */
export function createUdpServer(
  options: UdpServerOptions,
  transcoder: EmitBatchTranscoder,
  onBatch: BatchHandler,
  metrics: AgentMetrics,
  logger: Logger,
): UdpServer {
  // Jaeger labels its processors by the model of their port: 5775 is the Zipkin one.
  const labels = {
    model: options.name === 'zipkin-compact' ? 'zipkin' : 'jaeger',
    protocol: options.protocol,
  };
  const processed = metrics.packetsProcessed.labels(labels);
  const dropped = metrics.packetsDropped.labels(labels);
  const invalid = metrics.handlerErrors.labels(labels);
  const queueGauge = metrics.udpQueueSize.labels(labels);
  const sizeGauge = metrics.packetSize.labels(labels);
  const log = logger.child({ processor: options.name });
  const reader: (bytes: Uint8Array) => ThriftReader =
    options.protocol === 'compact' ? (b) => new CompactReader(b) : (b) => new BinaryReader(b);
  let queue: Buffer[] = [];
  let scheduled = false;
  let socket: Socket | undefined;
  let lastLog = 0;
  let suppressed = 0;

  const refuse = (reason: string, size: number): void => {
    invalid.inc();
    const now = Date.now();
    if (now - lastLog < LOG_INTERVAL_MS) {
      suppressed++;
      return;
    }
    log.warn({ reason, bytes: size, suppressed }, 'invalid UDP datagram dropped');
    lastLog = now;
    suppressed = 0;
  };

  const drain = (): void => {
    scheduled = false;
    const packets = queue;
    queue = [];
    for (const packet of packets) {
      processed.inc();
      sizeGauge.set(packet.length);
      let result;
      try {
        result = transcoder.transcode(reader(packet));
      } catch (error) {
        refuse((error as Error).message, packet.length);
        continue;
      }
      onBatch(result);
    }
    queueGauge.set(0);
  };

  const receive = (packet: Buffer): void => {
    if (packet.length > options.maxPacketSize) {
      refuse(`datagram larger than ${options.maxPacketSize} bytes`, packet.length);
      return;
    }
    if (queue.length >= options.queueSize) {
      dropped.inc();
      return;
    }
    queue.push(packet);
    queueGauge.set(queue.length);
    if (!scheduled) {
      scheduled = true;
      setImmediate(drain);
    }
  };

  return {
    start: () =>
      new Promise((resolve, reject) => {
        const { host, port } = options.hostPort;
        const s = createSocket({
          type: host.includes(':') ? 'udp6' : 'udp4',
          ...(options.socketBufferSize > 0 ? { recvBufferSize: options.socketBufferSize } : {}),
        });
        s.once('error', reject);
        s.on('message', receive);
        s.bind(port, host, () => {
          s.off('error', reject);
          s.on('error', (error) => {
            metrics.readErrors.inc(labels);
            log.warn({ err: error }, 'UDP socket error');
          });
          socket = s;
          resolve(s.address().port);
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (socket === undefined) {
          resolve();
          return;
        }
        const s = socket;
        socket = undefined;
        s.close(() => {
          // What was queued is still transcoded and handed on.
          if (queue.length > 0) drain();
          resolve();
        });
      }),
  };
}
