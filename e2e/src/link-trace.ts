import { randomBytes } from 'node:crypto';

/** The link attributes of Jaeger's `link_attributes_trace` fixture, searched as its "Link Attributes" query. */
const LINK_TAGS = {
  sameplacelinkattribute1: 'sameplacevalue',
  sameplacelinkattribute2: '123',
  sameplacelinkattribute3: '72.5',
  sameplacelinkattribute4: 'true',
};

export interface LinkTrace {
  readonly traceId: string;
  readonly service: string;
  /** An OTLP/JSON ExportTraceServiceRequest. */
  readonly body: unknown;
}

/**
 * Jaeger's `link_attributes_trace.json` fixture (one span, a link with typed attributes) with a
 * fresh trace ID, `service` and a start time of now, so that runs never see each other's traces.
 */
export function linkAttributesTrace(service: string): LinkTrace {
  const traceId = randomBytes(16).toString('hex');
  const startNanos = BigInt(Date.now()) * 1_000_000n;
  const span = {
    traceId,
    spanId: randomBytes(8).toString('hex'),
    name: 'query25-operation',
    startTimeUnixNano: String(startNanos),
    endTimeUnixNano: String(startNanos + 2_000n),
    attributes: [{ key: 'sameplacespanattribute1', value: { stringValue: 'sameplacevalue' } }],
    links: [
      {
        traceId: '000000000000000000000000000000ff',
        spanId: '00000000000000ff',
        attributes: [
          { key: 'opentracing.ref_type', value: { stringValue: 'child_of' } },
          { key: 'sameplacelinkattribute1', value: { stringValue: 'sameplacevalue' } },
          { key: 'sameplacelinkattribute2', value: { intValue: '123' } },
          { key: 'sameplacelinkattribute4', value: { boolValue: true } },
          { key: 'sameplacelinkattribute3', value: { doubleValue: 72.5 } },
          { key: 'linkblob', value: { bytesValue: 'AAAwOQ==' } },
        ],
      },
    ],
    status: {},
  };
  const body = {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeSpans: [{ scope: {}, spans: [span] }],
      },
    ],
  };
  return { traceId, service, body };
}

/** POST an OTLP/JSON request to the collector's OTLP/HTTP receiver; throws unless it answers 200. */
export async function postOtlpJson(otlpHttpPort: number, body: unknown): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${otlpHttpPort}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST /v1/traces: ${response.status} ${text}`);
}

/** Trace IDs `GET /api/traces` finds for `service` with the fixture's link attributes as tags. */
export async function searchByLinkAttributes(queryPort: number, service: string): Promise<string[]> {
  const nowMicros = Date.now() * 1000;
  const search = new URLSearchParams({
    service,
    tags: JSON.stringify(LINK_TAGS),
    start: String(nowMicros - 3_600_000_000),
    end: String(nowMicros + 60_000_000),
  });
  const response = await fetch(`http://127.0.0.1:${queryPort}/api/traces?${search.toString()}`);
  if (response.status !== 200) throw new Error(`GET /api/traces: ${response.status}`);
  const body = (await response.json()) as { data: { traceID: string }[] };
  return body.data.map((trace) => trace.traceID);
}
