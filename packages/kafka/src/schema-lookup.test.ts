import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registrySchemaOf } from './schema-registration.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchemaLookup, firstMessageType } from './schema-lookup.ts';

describe('firstMessageType', () => {
  it('names the first top-level message of our two registered schemas, package-qualified', () => {
    expect(firstMessageType(registrySchemaOf('protobuf').schema)).toBe('jaeger.api_v2.Span');
    expect(firstMessageType(registrySchemaOf('otlp_proto').schema)).toBe(
      'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest',
    );
  });

  it('skips comments and copes without a package', () => {
    expect(firstMessageType('// message Fake {}\n/* message Other {} */\nmessage Real {\n}')).toBe('Real');
    expect(firstMessageType('syntax = "proto3";')).toBeUndefined();
  });
});

describe('createSchemaLookup (against a fake registry)', () => {
  const requests: { url: string | undefined; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    const id = Number(/\/schemas\/ids\/(\d+)$/.exec(req.url ?? '')?.[1]);
    const schemas: Record<number, string> = {
      1: registrySchemaOf('protobuf').schema,
      2: registrySchemaOf('otlp_proto').schema,
      3: 'syntax = "proto3";\npackage shop;\nmessage Order {\n}\n',
    };
    if (id === 500) res.writeHead(500).end('{"message":"boom"}');
    else if (schemas[id] === undefined) res.writeHead(404).end('{"error_code":40403}');
    else
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ schema: schemas[id] }));
  });
  let base = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://user:p%40ss@127.0.0.1:${(server.address() as AddressInfo).port}/apis/ccompat/v7`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('tells our schemas from foreign ones, asks once per id, and sends URL credentials as Basic auth', async () => {
    const lookup = createSchemaLookup(base);
    expect(await lookup(1)).toEqual({ kind: 'span', encoding: 'protobuf' });
    expect(await lookup(1)).toEqual({ kind: 'span', encoding: 'protobuf' });
    expect(await lookup(2)).toEqual({ kind: 'span', encoding: 'otlp_proto' });
    expect(await lookup(3)).toEqual({ kind: 'foreign', type: 'shop.Order' });
    expect(await lookup(4)).toEqual({ kind: 'foreign', type: 'an unknown schema id' });
    expect(requests.filter((r) => r.url === '/apis/ccompat/v7/schemas/ids/1')).toHaveLength(1);
    expect(requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('user:p@ss').toString('base64')}`);
  });

  it('answers undefined while the registry fails, and asks again next time', async () => {
    const lookup = createSchemaLookup(base);
    const before = requests.length;
    expect(await lookup(500)).toBeUndefined();
    expect(await lookup(500)).toBeUndefined();
    expect(requests.length - before).toBe(2);
  });
});
