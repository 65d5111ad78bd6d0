import { describe, expect, it } from 'vitest';
import type { Micros } from '../time.ts';
import { clockSkewAdjuster, WARNING_DUPLICATE_SPAN_ID } from './clock-skew.ts';
import { spanIdOf, testSpan, traceOf } from './span-fixture.ts';

const ms = (n: number) => (n * 1000) as Micros;

interface Proto {
  id: number;
  parent?: number;
  start: number;
  duration: number;
  host?: string;
  logs?: number[];
}

function run(protos: Proto[], maxAdjustMs: number) {
  const spans = protos.map((p) =>
    testSpan(p.id, {
      ...(p.parent === undefined ? {} : { parent: p.parent }),
      ...(p.host === undefined ? {} : { host: p.host }),
      startTime: ms(p.start),
      duration: ms(p.duration),
      logs: (p.logs ?? []).map((t) => ({ timestamp: ms(t), fields: [] })),
    }),
  );
  return clockSkewAdjuster(ms(maxAdjustMs))(traceOf(...spans)).spans;
}

/** The parent of Jaeger's two-span cases: 10..110 ms on host a. */
const PARENT: Proto = { id: 1, start: 10, duration: 100, host: 'a' };

/** The child of PARENT, as the adjuster leaves it. */
function adjustChild(child: Omit<Proto, 'id' | 'parent'>, maxAdjustMs: number) {
  return run([PARENT, { id: 2, parent: 1, ...child }], maxAdjustMs)[1]!;
}

// Cases follow Jaeger's clockskew_test.go (times in ms).
describe('clockSkewAdjuster', () => {
  it.each([
    {
      rule: 'leaves a child that fits inside its parent alone',
      child: { start: 20, duration: 50, host: 'b' },
      maxMs: 1000,
      startMs: 20,
      warnings: [],
    },
    {
      rule: 'does not adjust spans from the same host',
      child: { start: 0, duration: 50, host: 'a' },
      maxMs: 1000,
      startMs: 0,
    },
    {
      rule: 'only moves a longer child so that it does not start before the parent',
      child: { start: 0, duration: 150, host: 'b' },
      maxMs: 1000,
      startMs: 10,
    },
    {
      rule: 'reports but does not apply a delta when adjustment is disabled (Jaeger default 0s)',
      child: { start: 0, duration: 50, host: 'b' },
      maxMs: 0,
      startMs: 0,
      warnings: ['clock skew adjustment disabled; not applying calculated delta of 35ms'],
    },
    {
      rule: 'reports but does not apply deltas above the maximum: a child too early',
      child: { start: 0, duration: 50, host: 'b' },
      maxMs: 10,
      warnings: ['max clock skew adjustment delta of 10ms exceeded; not applying calculated delta of 35ms'],
    },
    {
      rule: 'reports but does not apply deltas above the maximum: a child too late',
      child: { start: 80, duration: 50, host: 'b' },
      maxMs: 10,
      startMs: 80,
      warnings: ['max clock skew adjustment delta of 10ms exceeded; not applying calculated delta of -45ms'],
    },
  ] as {
    rule: string;
    child: Omit<Proto, 'id' | 'parent'>;
    maxMs: number;
    startMs?: number;
    warnings?: string[];
  }[])('$rule', ({ child, maxMs, startMs, warnings }) => {
    const adjusted = adjustChild(child, maxMs);
    if (startMs !== undefined) expect(adjusted.startTime).toBe(ms(startMs));
    if (warnings !== undefined) expect(adjusted.warnings).toEqual(warnings);
  });

  it('centres a child that started before its parent, shifting its logs too', () => {
    const child = adjustChild({ start: 0, duration: 50, host: 'b', logs: [5, 10] }, 1000);
    expect(child.startTime).toBe(ms(35));
    expect(child.logs.map((l) => l.timestamp)).toEqual([ms(40), ms(45)]);
    expect(child.warnings).toEqual(["This span's timestamps were adjusted by 35ms"]);
  });

  it('applies the same delta to descendants on the same host', () => {
    const [, child, grandchild] = run(
      [
        PARENT,
        { id: 2, parent: 1, start: 50, duration: 70, host: 'b' },
        { id: 3, parent: 2, start: 60, duration: 20, host: 'b', logs: [65, 70] },
      ],
      1000,
    );
    expect(child!.startTime).toBe(ms(25));
    expect(grandchild!.startTime).toBe(ms(35));
    expect(grandchild!.logs.map((l) => l.timestamp)).toEqual([ms(40), ms(45)]);
  });

  it('warns about a parent missing from the trace and treats the span as a root', () => {
    const [span] = run([{ id: 1, parent: 99, start: 0, duration: 100, host: 'a' }], 1000);
    expect(span!.warnings).toEqual([
      `parent span ID=${spanIdOf(99)} is not in the trace; skipping clock skew adjustment`,
    ]);
  });

  it('warns about duplicate span IDs and keeps both spans', () => {
    const spans = run(
      [
        { id: 1, start: 0, duration: 100, host: 'a' },
        { id: 1, start: 0, duration: 100, host: 'a' },
      ],
      1000,
    );
    expect(spans).toHaveLength(2);
    expect(spans[1]!.warnings).toEqual([WARNING_DUPLICATE_SPAN_ID]);
  });

  it('reads numeric ip process tags as host identity', () => {
    const parent = testSpan(1, { startTime: ms(10), duration: ms(100) });
    const child = testSpan(2, {
      parent: 1,
      startTime: ms(0),
      duration: ms(50),
      process: { serviceName: 's', tags: [{ key: 'ip', type: 'int64', value: 0x0a000001n }] },
    });
    const sameHostParent = {
      ...parent,
      process: { serviceName: 's', tags: [{ key: 'ip', type: 'string' as const, value: '10.0.0.1' }] },
    };
    const out = clockSkewAdjuster(ms(1000))(traceOf(sameHostParent, child)).spans;
    expect(out[1]!.startTime).toBe(ms(0));
  });
});

describe('clockSkewAdjuster on deep traces', () => {
  it('handles a 20,000-span parent chain without recursion limits', () => {
    const spans = Array.from({ length: 20_000 }, (_, i) =>
      testSpan(i + 1, {
        ...(i === 0 ? {} : { parent: i }),
        host: i % 2 === 0 ? 'a' : 'b',
        startTime: ms(i),
        duration: ms(20_000 - i),
      }),
    );
    const out = clockSkewAdjuster(ms(1000))(traceOf(...spans)).spans;
    expect(out).toHaveLength(20_000);
    expect(out.every((span) => span.warnings.length === 0)).toBe(true);
  });
});
