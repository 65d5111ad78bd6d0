import { int64Tag, micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import {
  createEsTransport,
  createElasticsearchStore,
  resolveEsOptions,
  type EsFlavor,
} from '../src/index.ts';
import {
  JAEGER_SERVICE_MAPPING,
  JAEGER_SPAN_MAPPING,
  SPANSTREAM_SERVICE_EXTENSIONS,
  SPANSTREAM_SPAN_EXTENSIONS,
} from './jaeger-reference.ts';
import { stackEsOptions } from './stack.ts';
import { purgedAfterAll } from './stores.ts';

type Mapping = { properties?: Record<string, Mapping> } & Record<string, unknown>;

/** path → field definition without sub-properties, scalar values as strings (ES echoes `false` as "false"). */
function flatten(properties: Record<string, Mapping>, prefix = ''): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [name, field] of Object.entries(properties)) {
    const path = `${prefix}${name}`;
    const { properties: children, ...definition } = field;
    out.set(path, Object.fromEntries(Object.entries(definition).map(([k, v]) => [k, String(v)])));
    if (children) for (const [p, d] of flatten(children, `${path}.`)) out.set(p, d);
  }
  return out;
}

/** Every Jaeger field with Jaeger's definition; nothing else except the documented extensions. */
function expectJaegerFields(
  actual: Record<string, Mapping>,
  jaeger: Record<string, Mapping>,
  extensions: readonly string[],
): void {
  const ours = flatten(actual);
  for (const [path, definition] of flatten(jaeger)) expect(ours.get(path), path).toEqual(definition);
  const extra = [...ours.keys()].filter((path) => !flatten(jaeger).has(path));
  const isExtension = (path: string) => extensions.some((ext) => path === ext || path.startsWith(`${ext}.`));
  expect(extra.filter((path) => !isExtension(path))).toEqual([]);
}

const span: Span = {
  traceId: parseTraceId('11')!,
  spanId: parseSpanId('3')!,
  operationName: 'GET /x',
  references: [{ refType: 'CHILD_OF', traceId: parseTraceId('11')!, spanId: parseSpanId('2')! }],
  flags: 1,
  startTime: micros((Date.now() - 60_000) * 1000),
  duration: micros(100),
  tags: [{ key: 'error', type: 'bool', value: true }, int64Tag('http.status_code', 200n)],
  logs: [{ timestamp: micros((Date.now() - 60_000) * 1000), fields: [stringTag('event', 'retry')] }],
  process: { serviceName: 'shape-svc', tags: [stringTag('hostname', 'h1')] },
  warnings: [],
};

function shapeTests(flavor: EsFlavor): void {
  describe(`${flavor}: index templates and documents have Jaeger's shape`, () => {
    const track = purgedAfterAll();

    it('installs templates and writes documents field for field as Jaeger', async () => {
      const options = await stackEsOptions('shape', flavor);
      const store = track(
        await createElasticsearchStore({ ...options, tagsAsFields: { include: ['http.status_code'] } }),
      );
      const transport = createEsTransport(resolveEsOptions(options));
      try {
        const templates = await transport.request<{
          index_templates: {
            name: string;
            index_template: {
              template: {
                mappings: Mapping & { dynamic_templates: unknown };
                settings: { index: Record<string, unknown> };
              };
            };
          }[];
        }>({
          method: 'GET',
          path: `/_index_template/${store.names.template('span').replace(/span$/, '*')}`,
        });
        const byName = new Map(
          templates.body.index_templates.map((t) => [t.name, t.index_template.template]),
        );
        const spanTemplate = byName.get(store.names.template('span'))!;
        expectJaegerFields(
          spanTemplate.mappings.properties!,
          JAEGER_SPAN_MAPPING.properties,
          SPANSTREAM_SPAN_EXTENSIONS,
        );
        expect(spanTemplate.mappings.dynamic_templates).toEqual(JAEGER_SPAN_MAPPING.dynamic_templates);
        expect(spanTemplate.settings.index).toMatchObject({
          mapping: { nested_fields: { limit: '50' } },
          requests: { cache: { enable: 'true' } },
        });
        const serviceTemplate = byName.get(store.names.template('service'))!;
        expectJaegerFields(
          serviceTemplate.mappings.properties!,
          JAEGER_SERVICE_MAPPING.properties,
          SPANSTREAM_SERVICE_EXTENSIONS,
        );

        await store.writer.writeSpans([span]);
        await store.refresh();
        const index = store.names.writeIndex('span', Math.floor(span.startTime / 1000));
        const mapping = await transport.request<Record<string, { mappings: Mapping }>>({
          method: 'GET',
          path: `/${index}/_mapping`,
        });
        const indexFields = flatten(mapping.body[index]!.mappings.properties!);
        for (const [path, definition] of flatten(JAEGER_SPAN_MAPPING.properties)) {
          if (definition['type'] === 'object') continue; // an object field with dynamic children is echoed without a type
          expect(indexFields.get(path), path).toEqual(definition);
        }
        expect(indexFields.get('tag.http@status_code')).toEqual({ type: 'keyword', ignore_above: '256' });

        const found = await transport.request<{ hits: { hits: { _source: Record<string, unknown> }[] } }>({
          method: 'POST',
          path: `/${index}/_search`,
          body: { query: { term: { spanID: '0000000000000003' } } },
        });
        expect(found.body.hits.hits[0]?._source).toEqual({
          traceID: '00000000000000000000000000000011',
          spanID: '0000000000000003',
          flags: 1,
          operationName: 'GET /x',
          references: [
            { refType: 'CHILD_OF', traceID: '00000000000000000000000000000011', spanID: '0000000000000002' },
          ],
          startTime: span.startTime,
          startTimeMillis: Math.floor(span.startTime / 1000),
          duration: 100,
          tags: [{ key: 'error', type: 'bool', value: 'true' }],
          tag: { 'http@status_code': 200 },
          logs: [
            {
              timestamp: span.logs[0]!.timestamp,
              fields: [{ key: 'event', type: 'string', value: 'retry' }],
            },
          ],
          process: { serviceName: 'shape-svc', tags: [{ key: 'hostname', type: 'string', value: 'h1' }] },
        });
        const services = await transport.request<{ hits: { hits: { _source: unknown }[] } }>({
          method: 'POST',
          path: `/${store.names.pattern('service')}/_search`,
          body: { query: { term: { serviceName: 'shape-svc' } } },
        });
        expect(services.body.hits.hits.map((h) => h._source)).toEqual([
          { serviceName: 'shape-svc', operationName: 'GET /x', spanKind: '' },
        ]);
      } finally {
        await transport.close();
      }
    });
  });
}

shapeTests('elasticsearch');
shapeTests('opensearch');
