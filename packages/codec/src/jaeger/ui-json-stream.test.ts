import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTrace } from '../testing/arbitraries.ts';
import { jaegerUiTraceJson, toJaegerUiTrace } from './ui-json.ts';

describe('jaegerUiTraceJson', () => {
  it('writes exactly JSON.stringify(toJaegerUiTrace(trace)), whatever the piece size', () => {
    fc.assert(
      fc.property(arbTrace(), fc.integer({ min: 1, max: 4 }), (trace, spansPerPiece) => {
        const pieces = [...jaegerUiTraceJson(trace, spansPerPiece)];
        expect(pieces.join('')).toBe(JSON.stringify(toJaegerUiTrace(trace)));
        // One piece per `spansPerPiece` spans, plus the tail with the processes.
        expect(pieces).toHaveLength(Math.floor(trace.spans.length / spansPerPiece) + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('writes an empty trace as toJaegerUiTrace does', () => {
    const trace = { spans: [], warnings: ['w'] };
    expect([...jaegerUiTraceJson(trace)].join('')).toBe(JSON.stringify(toJaegerUiTrace(trace)));
  });
});
