/**
 * `node bench/src/agent-fuzz.ts [seconds=60]`: the long fuzz run of the agent (the test runs 5 s).
 * Random bytes, truncated and corrupted Thrift, and oversize datagrams go to the agent process's
 * compact and binary ports, with a valid batch after every three; at the end the agent must still be
 * healthy, every invalid datagram counted and the valid batches delivered.
 */
import { createSocket } from 'node:dgram';
import { loadavg } from 'node:os';
import { encodeJaegerThriftEmitBatch } from '@spanstream/codec';
import { AGENT_MAIN, productNodeArgs, startSink } from './agent.bench.ts';
import { childPeakRssMiB } from './harness.ts';
import { freePort, startServiceProcess } from './processes.ts';
import { benchSpan } from './workload.ts';

const seconds = Number(process.argv[2] ?? '60');
const sink = await startSink();
const [compact, binary, admin] = [await freePort(), await freePort(), await freePort()];
const agent = await startServiceProcess(
  AGENT_MAIN,
  [
    `--processor.jaeger-compact.server-host-port=127.0.0.1:${compact}`,
    `--processor.jaeger-binary.server-host-port=127.0.0.1:${binary}`,
    '--processor.zipkin-compact.server-host-port=',
    '--http-server.host-port=',
    `--reporter.grpc.host-port=127.0.0.1:${sink.port}`,
    `--admin.http.host-port=127.0.0.1:${admin}`,
    '--log-level=warn',
  ],
  `http://127.0.0.1:${admin}/`,
  {},
  productNodeArgs(),
);
const socket = createSocket('udp4');
const send = (port: number, bytes: Uint8Array) =>
  new Promise<void>((resolve) => {
    socket.send(bytes, port, '127.0.0.1', () => {
      resolve();
    });
  });
const random = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(Math.random() * 256)));
let valid = 0;
let invalid = 0;
let corrupted = 0;
const until = Date.now() + seconds * 1000;
for (let round = 0; Date.now() < until; round++) {
  const protocol = round % 2 === 0 ? 'compact' : 'binary';
  const port = protocol === 'compact' ? compact : binary;
  const good = encodeJaegerThriftEmitBatch(
    { serviceName: 'fuzz', tags: [] },
    [benchSpan(round * 2, Date.now() * 1000), benchSpan(round * 2 + 1, Date.now() * 1000)],
    protocol,
  );
  const damaged = Buffer.from(good);
  damaged.set(random(16), Math.floor(Math.random() * (damaged.length - 16)));
  for (const bytes of [
    random(1 + Math.floor(Math.random() * 4000)),
    good.subarray(0, good.length - 1 - Math.floor(Math.random() * 50)),
    Buffer.alloc(65_100, round),
  ]) {
    await send(port, bytes);
    invalid++;
  }
  // A corrupted stretch may fall in string bytes and leave a valid batch: counted apart.
  await send(port, damaged);
  corrupted++;
  await send(port, good);
  valid++;
  await new Promise((resolve) => setTimeout(resolve, 1));
}
await new Promise((resolve) => setTimeout(resolve, 2000));
const metrics = await (await fetch(`http://127.0.0.1:${admin}/metrics`)).text();
const sum = (name: string) =>
  [...metrics.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].reduce(
    (total, m) => total + Number(m[1]),
    0,
  );
const health = (await fetch(`http://127.0.0.1:${admin}/`)).status;
console.log(
  JSON.stringify({
    seconds,
    health,
    validSent: valid,
    invalidSent: invalid,
    corruptedSent: corrupted,
    invalidCounted: sum('jaeger_agent_thrift_udp_t_processor_handler_errors_total'),
    batchesDelivered: sink.requests(),
    // Every datagram is either counted invalid or delivered; the rest was lost by loopback UDP.
    accountedFor:
      (sum('jaeger_agent_thrift_udp_t_processor_handler_errors_total') + sink.requests()) /
      (valid + invalid + corrupted),
    packetsDropped: sum('jaeger_agent_thrift_udp_server_packets_dropped_total'),
    peakRssMiB: childPeakRssMiB(agent.pid),
    loadAverage: loadavg(),
  }),
);
socket.close();
await agent.stop();
sink.stop();
process.exit(health === 200 ? 0 : 1);
