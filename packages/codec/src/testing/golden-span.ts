// One reference span, written out in each wire form the tests compare against (Jaeger's own
// example: trace 0x11, span 3 child of span 2, 2017-01-26T16:46:31.639875Z, 100 µs). Tests add
// the tags they are about; everything else is the same in every encoding test.
import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';

const TRACE = '00000000000000000000000000000011' as TraceId;
const START = 1485449191639875 as Micros;

/** The model span, with no tags. */
export const goldenSpan: Span = {
  traceId: TRACE,
  spanId: '0000000000000003' as SpanId,
  operationName: 'GET /x',
  references: [{ refType: 'CHILD_OF', traceId: TRACE, spanId: '0000000000000002' as SpanId }],
  flags: 1,
  startTime: START,
  duration: 100 as Micros,
  tags: [],
  logs: [{ timestamp: START, fields: [{ key: 'event', type: 'string', value: 'retry' }] }],
  process: { serviceName: 'svc', tags: [{ key: 'hostname', type: 'string', value: 'h1' }] },
  warnings: [],
};

/** goldenSpan in Jaeger's UI JSON (and Elasticsearch document) form, without tags, process or processID. */
export const goldenUiSpan = {
  traceID: '0000000000000011',
  spanID: '0000000000000003',
  flags: 1,
  operationName: 'GET /x',
  references: [{ refType: 'CHILD_OF', traceID: '0000000000000011', spanID: '0000000000000002' }],
  startTime: 1485449191639875,
  duration: 100,
  logs: [{ timestamp: 1485449191639875, fields: [{ key: 'event', type: 'string', value: 'retry' }] }],
};

/** goldenSpan as gogo jsonpb writes model.Span (Jaeger's Kafka `json` encoding), without tags or logs. */
export const goldenModelJsonSpan = {
  traceId: 'AAAAAAAAAAAAAAAAAAAAEQ==',
  spanId: 'AAAAAAAAAAM=',
  operationName: 'GET /x',
  references: [{ traceId: 'AAAAAAAAAAAAAAAAAAAAEQ==', spanId: 'AAAAAAAAAAI=' }],
  flags: 1,
  startTime: '2017-01-26T16:46:31.639875Z',
  duration: '0.000100s',
  process: { serviceName: 'svc', tags: [{ key: 'hostname', vStr: 'h1' }] },
};
