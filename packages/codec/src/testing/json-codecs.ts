import type { Trace } from '@spanstream/model';
import type { DecodeResult } from '../index.ts';
import { fromJaegerModelJson, fromJaegerUiTrace, toJaegerModelJson, toJaegerUiTrace } from '../index.ts';

/** A JSON form a whole trace travels in, with the writer and the reader of that form. */
export interface JsonTraceCodec {
  readonly name: string;
  readonly encode: (trace: Trace) => unknown;
  readonly decode: (body: unknown) => DecodeResult;
}

/** The trace-level Jaeger JSON forms: a proto-JSON `{spans}` batch and a UI JSON `{data: [trace]}` response. */
export const jaegerJsonTraceCodecs: readonly JsonTraceCodec[] = [
  {
    name: 'Jaeger proto-JSON batch',
    encode: (trace) => ({ spans: trace.spans.map(toJaegerModelJson) }),
    decode: fromJaegerModelJson,
  },
  {
    name: 'Jaeger UI JSON',
    encode: (trace) => ({ data: [toJaegerUiTrace(trace)] }),
    decode: fromJaegerUiTrace,
  },
];
