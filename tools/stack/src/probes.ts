import { connect } from 'node:net';
import cassandra from 'cassandra-driver';
import { Kafka, logLevel } from 'kafkajs';
import { tcpReachable } from '@spanstream/testkit/stack';

/** True when something accepts TCP connections on 127.0.0.1:port. */
export const portOpen = (port: number): Promise<boolean> => tcpReachable(port, '127.0.0.1', 1_000);

/** GET a URL and return the parsed JSON body of a 2xx answer, else undefined. */
export async function getJson(url: string, timeoutMs = 5_000): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return undefined;
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** Elasticsearch/OpenSearch: cluster health is yellow or green. */
export async function clusterHealthy(baseUrl: string): Promise<boolean> {
  const body = await getJson(`${baseUrl}/_cluster/health?wait_for_status=yellow&timeout=2s`);
  if (typeof body !== 'object' || body === null) return false;
  const status = (body as { status?: unknown }).status;
  return status === 'yellow' || status === 'green';
}

/** Kafka: the broker answers a metadata request from kafkajs' admin client. */
export async function kafkaAnswers(brokers: string[]): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'spanstream-stack',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2_000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Cassandra: CQL answers `SELECT release_version FROM system.local`. Returns the version or undefined. */
export async function cqlReleaseVersion(contactPoint: string): Promise<string | undefined> {
  const client = new cassandra.Client({
    contactPoints: [contactPoint],
    localDataCenter: 'datacenter1',
    socketOptions: { connectTimeout: 2_000, readTimeout: 5_000 },
  });
  try {
    await client.connect();
    const result = await client.execute('SELECT release_version FROM system.local');
    const version: unknown = result.first()?.get('release_version');
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}

/** Redis: PING answers +PONG (plain RESP over a socket, so the stack script needs no Redis client). */
export function redisPing(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host });
    let answer = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => {
      done(false);
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
    socket.once('error', () => {
      done(false);
    });
  });
}
