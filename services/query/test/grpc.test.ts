import { Client, credentials, Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { bytesToHex, idToBytes, nowMicros } from '@spanstream/model';
import type { TraceId } from '@spanstream/model';
import { jaeger, Long, opentelemetry } from '@spanstream/proto';
import { createHealthState, createMetricsRegistry } from '@spanstream/runtime';
import type { MemorySpanStore } from '@spanstream/storage-memory';
import { createMemoryStore } from '@spanstream/storage-memory';
import { largeTrace, normalizeSpans } from '@spanstream/storage-conformance';
import { decodeOtlpTraces, fromJaegerBatch, fromOtlpJson } from '@spanstream/codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQueryOptions } from '../src/config.ts';
import { createQueryService } from '../src/query-service.ts';
import type { QueryService } from '../src/query-service.ts';
import { currentBearerToken } from '@spanstream/storage-api';
import { fixture, loadedStore, silentLogger } from './harness.ts';

let store: MemorySpanStore;
let archive: MemorySpanStore;
let service: QueryService;
let client: Client;
const tokensSeen: (string | undefined)[] = [];

beforeAll(async () => {
  store = await loadedStore();
  archive = createMemoryStore();
  // A reader that records the bearer token visible to storage during each call.
  const reader = new Proxy(store.reader, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        tokensSeen.push(currentBearerToken());
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  service = createQueryService({
    reader,
    dependencies: store.dependencies,
    archive: { reader: archive.reader, writer: archive.writer },
    logger: silentLogger,
    registry: createMetricsRegistry({ defaultMetrics: false }),
    health: createHealthState(),
    options: defaultQueryOptions({ bearerTokenPropagation: true }),
  });
  await service.start();
  client = new Client(`127.0.0.1:${service.ports.grpc}`, credentials.createInsecure());
});

afterAll(async () => {
  client.close();
  await service.stop();
});

interface Encodable<T> {
  encode(message: T): { finish(): Uint8Array };
}
interface Decodable<T> {
  decode(bytes: Uint8Array): T;
}

function unary<Req, Res>(
  path: string,
  type: Encodable<Req>,
  out: Decodable<Res>,
  request: Req,
  metadata = new Metadata(),
): Promise<Res> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      path,
      (value: Req) => Buffer.from(type.encode(value).finish()),
      (bytes: Buffer) => out.decode(bytes),
      request,
      metadata,
      (error: ServiceError | null, response?: Res) => {
        if (error !== null) reject(error);
        else resolve(response!);
      },
    );
  });
}

function stream<Req, Res>(
  path: string,
  type: Encodable<Req>,
  out: Decodable<Res>,
  request: Req,
): Promise<Res[]> {
  return new Promise((resolve, reject) => {
    const messages: Res[] = [];
    const call = client.makeServerStreamRequest(
      path,
      (value: Req) => Buffer.from(type.encode(value).finish()),
      (bytes: Buffer) => out.decode(bytes),
      request,
    );
    call.on('data', (message: Res) => messages.push(message));
    call.on('error', reject);
    call.on('end', () => {
      resolve(messages);
    });
  });
}

const v2 = jaeger.api_v2;
const v3 = jaeger.api_v3;
type TracesData = opentelemetry.proto.trace.v1.ITracesData;
/** A server-streaming api_v3 call: every method answers with TracesData messages. */
const v3Stream = <Req>(method: string, type: Encodable<Req>, request: Req): Promise<TracesData[]> =>
  stream(`/jaeger.api_v3.QueryService/${method}`, type, opentelemetry.proto.trace.v1.TracesData, request);
const getTraceV3 = (request: jaeger.api_v3.IGetTraceRequest) =>
  v3Stream('GetTrace', v3.GetTraceRequest, request);
const findTracesV3 = (request: jaeger.api_v3.IFindTracesRequest) =>
  v3Stream('FindTraces', v3.FindTracesRequest, request);
/** The OTLP spans of api_v3 messages, in order. */
const otlpSpansOf = (messages: TracesData[]) =>
  messages.flatMap((m) =>
    (m.resourceSpans ?? []).flatMap((rs) => (rs.scopeSpans ?? []).flatMap((ss) => ss.spans ?? [])),
  );
const timestamp = (micros: number) => ({
  seconds: Long.fromNumber(Math.floor(micros / 1e6)),
  nanos: (micros % 1e6) * 1000,
});

describe('jaeger.api_v2.QueryService', () => {
  it('GetServices, forwarding the bearer token to storage', async () => {
    const metadata = new Metadata();
    metadata.set('authorization', 'Bearer secret-token');
    const response = await unary(
      '/jaeger.api_v2.QueryService/GetServices',
      v2.GetServicesRequest,
      v2.GetServicesResponse,
      {},
      metadata,
    );
    expect(response.services.sort()).toEqual((await store.getServices()).sort());
    expect(tokensSeen).toContain('secret-token');
  });

  it('GetOperations with and without span kind', async () => {
    const all = await unary(
      '/jaeger.api_v2.QueryService/GetOperations',
      v2.GetOperationsRequest,
      v2.GetOperationsResponse,
      { service: 'example-service-1' },
    );
    expect(all.operationNames.sort()).toEqual([
      'example-operation-1',
      'example-operation-3',
      'example-operation-4',
    ]);
    const server = await unary(
      '/jaeger.api_v2.QueryService/GetOperations',
      v2.GetOperationsRequest,
      v2.GetOperationsResponse,
      { service: 'example-service-1', spanKind: 'server' },
    );
    expect(server.operations.map((op) => ({ name: op.name, spanKind: op.spanKind }))).toEqual([
      { name: 'example-operation-3', spanKind: 'server' },
    ]);
  });

  it('GetTrace streams the trace in chunks of at most 10 spans', async () => {
    const base = fixture('example_trace').spans[0]!;
    const traceId = '000000000000000000000000000c0a11' as TraceId;
    const spans = Array.from({ length: 25 }, (_, i) => ({
      ...base,
      traceId,
      references: [],
      spanId: (i + 1).toString(16).padStart(16, '0') as typeof base.spanId,
    }));
    await store.writeSpans(spans);
    const chunks = await stream(
      '/jaeger.api_v2.QueryService/GetTrace',
      v2.GetTraceRequest,
      v2.SpansResponseChunk,
      { traceId: idToBytes(traceId) },
    );
    expect(chunks.map((c) => c.spans.length)).toEqual([10, 10, 5]);
    const ids = chunks.flatMap((c) => c.spans.map((s) => bytesToHex(s.spanId!)));
    expect(ids.sort()).toEqual(spans.map((s) => s.spanId).sort());
    expect(chunks[0]!.spans[0]!.operationName).toBe(base.operationName);
  });

  it('GetTrace: NOT_FOUND for a missing trace, INVALID_ARGUMENT for a zero ID', async () => {
    await expect(
      stream('/jaeger.api_v2.QueryService/GetTrace', v2.GetTraceRequest, v2.SpansResponseChunk, {
        traceId: idToBytes('000000000000000000000000000dead0' as TraceId),
      }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'trace not found: trace not found' });
    await expect(
      stream('/jaeger.api_v2.QueryService/GetTrace', v2.GetTraceRequest, v2.SpansResponseChunk, {
        traceId: new Uint8Array(16),
      }),
    ).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'uninitialized TraceID is not allowed',
    });
  });

  it('FindTraces streams the matching traces; INVALID_ARGUMENT without a query', async () => {
    const traceIds = ['multiple1_trace', 'multiple2_trace', 'multiple3_trace'].map(
      (name) => fixture(name).traceId,
    );
    const starts = traceIds.flatMap((id) => fixture(fixtureName(id)).spans.map((s) => s.startTime));
    const chunks = await stream(
      '/jaeger.api_v2.QueryService/FindTraces',
      v2.FindTracesRequest,
      v2.SpansResponseChunk,
      {
        query: {
          serviceName: 'query22-service',
          startTimeMin: timestamp(Math.min(...starts) - 1_000_000),
          startTimeMax: timestamp(Math.max(...starts) + 1_000_000),
        },
      },
    );
    const found = new Set(chunks.flatMap((c) => c.spans.map((s) => bytesToHex(s.traceId!))));
    expect([...found].sort()).toEqual([...traceIds].sort());
    await expect(
      stream('/jaeger.api_v2.QueryService/FindTraces', v2.FindTracesRequest, v2.SpansResponseChunk, {}),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'missing query' });
  });

  it('ArchiveTrace copies to the archive storage; NOT_FOUND when missing', async () => {
    const { traceId } = fixture('span_tags_trace');
    await unary('/jaeger.api_v2.QueryService/ArchiveTrace', v2.ArchiveTraceRequest, v2.ArchiveTraceResponse, {
      traceId: idToBytes(traceId),
    });
    expect((await archive.getTrace(traceId))?.spans.length).toBe(fixture('span_tags_trace').spans.length);
    await expect(
      unary('/jaeger.api_v2.QueryService/ArchiveTrace', v2.ArchiveTraceRequest, v2.ArchiveTraceResponse, {
        traceId: idToBytes('000000000000000000000000000dead0' as TraceId),
      }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('GetDependencies requires both times', async () => {
    const now = Date.now() * 1000;
    const response = await unary(
      '/jaeger.api_v2.QueryService/GetDependencies',
      v2.GetDependenciesRequest,
      v2.GetDependenciesResponse,
      { startTime: timestamp(now - 3_600_000_000), endTime: timestamp(now) },
    );
    expect(Array.isArray(response.dependencies)).toBe(true);
    await expect(
      unary(
        '/jaeger.api_v2.QueryService/GetDependencies',
        v2.GetDependenciesRequest,
        v2.GetDependenciesResponse,
        {},
      ),
    ).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'StartTime and EndTime must be initialized.',
    });
  });
});

describe('jaeger.api_v3.QueryService', () => {
  it('GetTrace streams TracesData', async () => {
    const { traceId } = fixture('example_trace');
    const messages = await getTraceV3({ traceId });
    expect(messages).toHaveLength(1);
    const spans = otlpSpansOf(messages);
    expect(spans.map((s) => bytesToHex(s.spanId!)).sort()).toEqual(
      (await store.getTrace(traceId))!.spans.map((s) => s.spanId).sort(),
    );
  });

  it('GetTrace leaves proto3 default values off the wire, as Jaeger does', async () => {
    const { traceId } = fixture('example_trace');
    const [message] = await stream(
      '/jaeger.api_v3.QueryService/GetTrace',
      v3.GetTraceRequest,
      opentelemetry.proto.trace.v1.TracesData,
      { traceId },
    );
    // protobufjs decodes a field it read on the wire as an own property; defaults stay on the prototype.
    const isDefault = (value: unknown): boolean =>
      value === '' ||
      value === 0 ||
      (value instanceof Uint8Array && value.length === 0) ||
      (Long.isLong(value) && value.isZero());
    const written = (object: object | null | undefined): string[] =>
      Object.entries(object ?? {})
        .filter(([, value]) => isDefault(value))
        .map(([key]) => key);
    const resourceSpans = message!.resourceSpans;
    const scopeSpans = resourceSpans.flatMap((rs) => rs.scopeSpans ?? []);
    const spans = scopeSpans.flatMap((ss) => ss.spans ?? []);
    expect(spans.length).toBeGreaterThan(0);
    const defaults = [
      ...resourceSpans.flatMap((rs) => written(rs.resource)),
      ...scopeSpans.flatMap((ss) => written(ss.scope)),
      ...spans.flatMap((span) => [
        ...written(span),
        ...written(span.status),
        ...(span.events ?? []).flatMap(written),
        ...(span.links ?? []).flatMap(written),
      ]),
    ];
    expect(defaults).toEqual([]);
  });

  it('GetTrace sends a 10,008-span trace as several messages under the size limit', async () => {
    const spans = largeTrace(nowMicros());
    await store.writeSpans(spans);
    const messages = await getTraceV3({ traceId: spans[0]!.traceId });
    expect(messages).toHaveLength(11);
    const received = otlpSpansOf(messages);
    expect(new Set(received.map((s) => bytesToHex(s.spanId!))).size).toBe(spans.length);
  });

  it.each([
    ['INVALID_ARGUMENT for a malformed ID', 'zz', status.INVALID_ARGUMENT],
    ['NOT_FOUND for a missing trace', 'dead0', status.NOT_FOUND],
  ])('GetTrace: %s', async (_case, traceId, code) => {
    await expect(
      getTraceV3({
        traceId,
      }),
    ).rejects.toMatchObject({ code });
  });

  it('FindTraces sends one TracesData per trace, honouring search_depth', async () => {
    const starts = fixture('multiple1_trace').spans.map((s) => s.startTime);
    const query = {
      serviceName: 'query22-service',
      startTimeMin: timestamp(Math.min(...starts) - 86_400_000_000),
      startTimeMax: timestamp(Math.max(...starts) + 86_400_000_000),
    };
    const all = await findTracesV3({ query });
    expect(all).toHaveLength(3);
    const one = await findTracesV3({ query: { ...query, searchDepth: 1 } });
    expect(one).toHaveLength(1);
  });

  it('GetTrace and FindTraces keep OTLP arrays, maps, bytes and empty values typed, as Jaeger v2 does', async () => {
    // Written as the collector writes it: OTLP/JSON through the codec into the memory store.
    const list = { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '9007199254740993' }, {}] } };
    const map = { kvlistValue: { values: [{ key: 'k', value: { bytesValue: 'AQI=' } }] } };
    const traceId = '7c9e6679742540de944be07fc1f90ae8';
    const { spans, rejected } = fromOtlpJson({
      resourceSpans: [
        {
          resource: {
            attributes: [
              { key: 'service.name', value: { stringValue: 'structured-grpc' } },
              { key: 'r', value: list },
            ],
          },
          scopeSpans: [
            {
              scope: { name: 'lib', attributes: [{ key: 's', value: map }] },
              spans: [
                {
                  traceId,
                  spanId: 'eee19b7ec3c1b174',
                  name: 'op',
                  startTimeUnixNano: String(BigInt(nowMicros()) * 1000n),
                  endTimeUnixNano: String(BigInt(nowMicros() + 1000) * 1000n),
                  attributes: [
                    { key: 'l', value: list },
                    { key: 'm', value: map },
                    { key: 'b', value: { bytesValue: 'AQI=' } },
                    { key: 'n', value: {} },
                  ],
                  events: [{ timeUnixNano: '1', name: 'e', attributes: [{ key: 'e', value: list }] }],
                  links: [
                    {
                      traceId: '0af7651916cd43dd8448eb211c80319c',
                      spanId: 'b7ad6b7169203331',
                      attributes: [{ key: 'k', value: map }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(rejected).toEqual([]);
    await store.writeSpans(spans);
    const start = spans[0]!.startTime;
    const answers = [
      await stream(
        '/jaeger.api_v3.QueryService/GetTrace',
        v3.GetTraceRequest,
        opentelemetry.proto.trace.v1.TracesData,
        { traceId },
      ),
      await stream(
        '/jaeger.api_v3.QueryService/FindTraces',
        v3.FindTracesRequest,
        opentelemetry.proto.trace.v1.TracesData,
        {
          query: {
            serviceName: 'structured-grpc',
            startTimeMin: timestamp(start - 1_000_000),
            startTimeMax: timestamp(start + 1_000_000),
          },
        },
      ),
    ];
    const { AnyValue } = opentelemetry.proto.common.v1;
    type KeyValues = opentelemetry.proto.common.v1.IKeyValue[] | null | undefined;
    const valueOf = (attributes: KeyValues, key: string) => {
      const value = attributes?.find((attribute) => attribute.key === key)?.value;
      return value == null
        ? undefined
        : AnyValue.toObject(AnyValue.fromObject(value), { longs: String, bytes: String });
    };
    for (const [message] of answers) {
      const resourceSpans = message?.resourceSpans[0];
      const scopeSpans = resourceSpans?.scopeSpans?.[0];
      const span = scopeSpans?.spans?.[0];
      expect(valueOf(resourceSpans?.resource?.attributes, 'r')).toEqual(list);
      expect(valueOf(scopeSpans?.scope?.attributes, 's')).toEqual(map);
      expect(valueOf(span?.attributes, 'l')).toEqual(list);
      expect(valueOf(span?.attributes, 'm')).toEqual(map);
      expect(valueOf(span?.attributes, 'b')).toEqual({ bytesValue: 'AQI=' });
      expect(valueOf(span?.attributes, 'n')).toEqual({});
      expect(valueOf(span?.events?.[0]?.attributes, 'e')).toEqual(list);
      expect(valueOf(span?.links?.[0]?.attributes, 'k')).toEqual(map);
    }
  });

  it('GetServices and GetOperations', async () => {
    const services = await unary(
      '/jaeger.api_v3.QueryService/GetServices',
      v3.GetServicesRequest,
      v3.GetServicesResponse,
      {},
    );
    expect(services.services).toContain('example-service-1');
    const ops = await unary(
      '/jaeger.api_v3.QueryService/GetOperations',
      v3.GetOperationsRequest,
      v3.GetOperationsResponse,
      { service: 'example-service-1', spanKind: 'client' },
    );
    expect(ops.operations.map((op) => op.name)).toEqual(['example-operation-4']);
  });
});

describe('raw GetTrace round-trips the stored spans exactly', () => {
  it.each(['span_tags_trace', 'log_tags_trace', 'process_tags_trace'])(
    '%s over api_v2 and api_v3',
    async (name) => {
      const { traceId } = fixture(name);
      const stored = normalizeSpans((await store.getTrace(traceId))!.spans);
      const chunks = await stream(
        '/jaeger.api_v2.QueryService/GetTrace',
        v2.GetTraceRequest,
        v2.SpansResponseChunk,
        {
          traceId: idToBytes(traceId),
          rawTraces: true,
        },
      );
      const fromV2 = fromJaegerBatch({ spans: chunks.flatMap((c) => c.spans) });
      expect(fromV2.rejected).toEqual([]);
      expect(normalizeSpans(fromV2.spans)).toEqual(stored);
      const messages = await getTraceV3({ traceId, rawTraces: true });
      const fromV3 = messages.flatMap(
        (m) => decodeOtlpTraces(opentelemetry.proto.trace.v1.TracesData.encode(m).finish()).spans,
      );
      expect(normalizeSpans(fromV3)).toEqual(stored);
    },
  );
});

describe('grpc.health.v1.Health', () => {
  it('answers SERVING', async () => {
    const raw = { encode: (value: Uint8Array) => ({ finish: () => value }) };
    const response = await unary(
      '/grpc.health.v1.Health/Check',
      raw,
      { decode: (bytes: Uint8Array) => Buffer.from(bytes) },
      new Uint8Array(),
    );
    expect([...response]).toEqual([0x08, 0x01]);
  });
});

function fixtureName(traceId: string): string {
  for (const name of ['multiple1_trace', 'multiple2_trace', 'multiple3_trace'])
    if (fixture(name).traceId === traceId) return name;
  throw new Error(traceId);
}
