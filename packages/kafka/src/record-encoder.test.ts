import { describe, expect, it } from 'vitest';
import { testSpan } from '../test/helpers.ts';
import { decodeMessage } from './encodings.ts';
import { encodeRecords } from './record-encoder.ts';

describe('encodeRecords', () => {
  it('splits an otlp_proto trace that does not fit one record, and rejects only a span that can never fit', () => {
    const spans = [
      ...Array.from({ length: 8 }, (_, i) => testSpan(i, 1, { operationName: `op-${i}-${'x'.repeat(300)}` })),
      testSpan(99, 1, { operationName: 'y'.repeat(5000) }),
    ];
    const { messages, rejected } = encodeRecords(spans, { encoding: 'otlp_proto', maxMessageBytes: 2000 });
    expect(rejected).toEqual([
      {
        index: 8,
        reason: expect.stringMatching(/exceeds --kafka.producer.max-message-bytes=2000/) as unknown,
      },
    ]);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages)
      expect((m.value as Buffer).length + String(m.key).length).toBeLessThanOrEqual(2000);
    const decoded = messages.flatMap((m) => {
      const outcome = decodeMessage({ value: m.value as Buffer }, 'otlp_proto');
      return outcome.ok ? outcome.spans.map((s) => s.spanId) : [];
    });
    expect(decoded.sort()).toEqual(
      spans
        .slice(0, 8)
        .map((s) => s.spanId)
        .sort(),
    );
  });

  it('rejects an oversized json span by index and keeps the others', () => {
    const spans = [testSpan(1), testSpan(2, 2, { operationName: 'z'.repeat(3000) }), testSpan(3)];
    const { messages, rejected } = encodeRecords(spans, { encoding: 'json', maxMessageBytes: 2000 });
    expect(messages).toHaveLength(2);
    expect(rejected.map((r) => r.index)).toEqual([1]);
  });
});
