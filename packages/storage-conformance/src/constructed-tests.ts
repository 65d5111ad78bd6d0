import type { DependencyLink, Span } from '@spanstream/model';
import type { TraceQuery } from '@spanstream/storage-api';
import { micros, millis, stringTag } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import {
  constructedSpan,
  constructedTraceId,
  DAY_US,
  HOUR_US,
  largeTrace,
  threeDayTrace,
} from './constructed.ts';
import type { FixtureOptions } from './fixtures.ts';
import { normalizeSpans } from './normalize.ts';
import { useStore, type ConformanceSetup } from './store-context.ts';

const withoutSource = (links: readonly DependencyLink[]): DependencyLink[] =>
  links
    .map(({ parent, child, callCount }) => ({ parent, child, callCount }))
    .sort((a, b) => `${a.parent}>${a.child}`.localeCompare(`${b.parent}>${b.child}`));

/** Cases built by the suite: they need no fixture and each runs on its own fresh store. */
export function constructedTests(setup: ConformanceSetup, options: FixtureOptions): void {
  const now = micros((options.now ?? new Date()).getTime() * 1000);

  describe('constructed traces', () => {
    const ctx = useStore(setup);

    it('a trace spanning three days comes back whole, by ID and from a search on its last day', async () => {
      const spans = threeDayTrace(now);
      await ctx.write(spans);
      const traceId = spans[0]!.traceId;
      expect(normalizeSpans((await ctx.store().reader.getTrace(traceId))?.spans ?? [])).toEqual(
        normalizeSpans(spans),
      );
      const last = spans[2]!;
      const found = await ctx.store().reader.findTraces({
        serviceName: last.process.serviceName,
        tags: {},
        startTimeMin: micros(last.startTime - HOUR_US),
        startTimeMax: micros(last.startTime + HOUR_US),
        numTraces: 20,
      });
      expect(found).toHaveLength(1);
      expect(normalizeSpans(found[0]!.spans)).toEqual(normalizeSpans(spans));
    });

    it('a trace of 10,008 spans is written and read back completely', async () => {
      const spans = largeTrace(now);
      await ctx.write(spans);
      const trace = await ctx.store().reader.getTrace(spans[0]!.traceId);
      expect(trace?.spans).toHaveLength(spans.length);
      expect(new Set(trace?.spans.map((s) => s.spanId)).size).toBe(spans.length);
      expect(normalizeSpans(trace?.spans ?? [])).toEqual(normalizeSpans(spans));
    });

    it('writing the same span twice stores it once; a different span with the same ID is kept', async () => {
      const traceId = constructedTraceId(20);
      const base = { traceId, service: 'conformance-dedupe', startTime: micros(now - HOUR_US) };
      const client = constructedSpan({ ...base, spanId: 1, kind: 'client' });
      const server = constructedSpan({ ...base, spanId: 1, kind: 'server', service: 'conformance-dedupe-2' });
      await ctx.write([client, client]);
      await ctx.write([client, server]);
      await ctx.write([server]);
      const spans = (await ctx.store().reader.getTrace(traceId))?.spans ?? [];
      expect(spans).toHaveLength(2);
      expect(normalizeSpans(spans)).toEqual(normalizeSpans([client, server]));
    });

    it('fractional µs duration bounds (minDuration=2500ns) are answered, not refused', async () => {
      // Jaeger's ES and Cassandra readers truncate the bounds to whole µs, its memory store compares
      // nanoseconds: [2.5 µs, 3.5 µs] selects the 3 µs span either way.
      const spans = [1, 3, 5].map((duration, i) =>
        constructedSpan({
          traceId: constructedTraceId(80 + i),
          spanId: 1,
          service: 'conformance-fractional-duration',
          startTime: micros(now - HOUR_US),
          duration,
        }),
      );
      await ctx.write(spans);
      const query = {
        serviceName: 'conformance-fractional-duration',
        tags: {},
        startTimeMin: micros(now - 2 * HOUR_US + 0.5),
        startTimeMax: micros(now - 0.5),
        durationMin: micros(2.5),
        durationMax: micros(3.5),
        numTraces: 10,
      };
      expect(await ctx.store().reader.findTraceIds(query)).toEqual([spans[1]!.traceId]);
      expect((await ctx.store().reader.findTraces(query)).map((t) => t.spans[0]!.traceId)).toEqual([
        spans[1]!.traceId,
      ]);
    });

    it('FindTraces returns the most recent traces first, up to the limit', async () => {
      const traces = [5, 1, 4, 2, 3].map((hoursAgo, i) =>
        constructedSpan({
          traceId: constructedTraceId(30 + i),
          spanId: 1,
          service: 'conformance-limit',
          startTime: micros(now - hoursAgo * HOUR_US),
        }),
      );
      await ctx.write(traces);
      const query = {
        serviceName: 'conformance-limit',
        tags: {},
        startTimeMin: micros(now - 6 * HOUR_US),
        startTimeMax: now,
        numTraces: 2,
      };
      const newestFirst = [traces[1]!, traces[3]!].map((s) => s.traceId);
      expect(await ctx.store().reader.findTraceIds(query)).toEqual(newestFirst);
      const found = await ctx.store().reader.findTraces(query);
      expect(found.map((t) => t.spans[0]!.traceId).sort()).toEqual([...newestFirst].sort());
      const narrow = {
        ...query,
        startTimeMin: micros(now - 4.5 * HOUR_US),
        startTimeMax: micros(now - 3.5 * HOUR_US),
      };
      expect(await ctx.store().reader.findTraceIds(narrow)).toEqual([traces[2]!.traceId]);
    });
  });

  describe('search conditions', () => {
    const ctx = useStore(setup);
    const service = 'conformance-search';
    const base = now - 3 * HOUR_US;
    // trace n: one span; A..E differ in exactly one property from the "target" trace T.
    const target = {
      op: 'get',
      duration: 5000,
      start: base,
      tags: [stringTag('http.method', 'GET'), stringTag('k', 'v1')],
    };
    const specs = {
      T: target,
      shortDuration: { ...target, duration: 100 },
      longDuration: { ...target, duration: 90_000 },
      otherOperation: { ...target, op: 'post' },
      otherTagValue: { ...target, tags: [stringTag('http.method', 'PUT'), stringTag('k', 'v1')] },
      tooEarly: { ...target, start: base - 2 * HOUR_US },
    };
    const names = Object.keys(specs) as (keyof typeof specs)[];
    const spans = names.map((name, i) =>
      constructedSpan({
        traceId: constructedTraceId(60 + i),
        spanId: 1,
        service,
        operation: specs[name].op,
        duration: specs[name].duration,
        startTime: micros(specs[name].start),
        tags: specs[name].tags,
      }),
    );
    // A trace whose two spans each meet half of the tag conditions: never a match.
    const split = target.tags.map((tag, i) =>
      constructedSpan({
        traceId: constructedTraceId(70),
        spanId: i + 1,
        service,
        operation: target.op,
        duration: target.duration,
        startTime: micros(base),
        tags: [tag],
      }),
    );
    const idOf = (name: keyof typeof specs) => spans[names.indexOf(name)]!.traceId;
    const search = async (overrides: Partial<TraceQuery>): Promise<string[]> =>
      [
        ...(await ctx.store().reader.findTraceIds({
          serviceName: service,
          tags: {},
          startTimeMin: micros(base - HOUR_US),
          startTimeMax: micros(base + HOUR_US),
          numTraces: 100,
          ...overrides,
        })),
      ].sort();

    it('each condition excludes exactly the traces that miss it', async () => {
      await ctx.write([...spans, ...split]);
      const all = names.filter((n) => n !== 'tooEarly').map(idOf);
      expect(await search({})).toEqual([...all, split[0]!.traceId].sort());
      expect(await search({ durationMin: micros(1000) })).toEqual(
        all
          .filter((id) => id !== idOf('shortDuration'))
          .concat(split[0]!.traceId)
          .sort(),
      );
      expect(await search({ durationMax: micros(10_000) })).toEqual(
        all
          .filter((id) => id !== idOf('longDuration'))
          .concat(split[0]!.traceId)
          .sort(),
      );
      expect(
        await search({ durationMin: micros(1000), durationMax: micros(10_000), operationName: 'get' }),
      ).toEqual([idOf('T'), idOf('otherTagValue'), split[0]!.traceId].sort());
      expect(await search({ tags: { 'http.method': 'GET', k: 'v1' } })).toEqual(
        [idOf('T'), idOf('shortDuration'), idOf('longDuration'), idOf('otherOperation')].sort(),
      );
      expect(
        await search({
          tags: { 'http.method': 'GET' },
          operationName: 'get',
          durationMin: micros(1000),
          durationMax: micros(10_000),
        }),
      ).toEqual([idOf('T'), split[0]!.traceId].sort());
      expect(
        await search({ startTimeMin: micros(base - 3 * HOUR_US), startTimeMax: micros(base - HOUR_US) }),
      ).toEqual([idOf('tooEarly')]);
      expect(await search({ serviceName: 'conformance-search-none' })).toEqual([]);
    });
  });

  describe('dependencies', () => {
    const ctx = useStore(setup);

    it('returns the service calls of the traces in the time window', async () => {
      const recent = now - HOUR_US / 2;
      const call = (trace: number, id: number, service: string, parent?: number): Span =>
        constructedSpan({
          traceId: constructedTraceId(trace),
          spanId: id,
          service,
          startTime: micros(recent),
          ...(parent === undefined ? {} : { parent }),
          tags: [stringTag('component', 'conformance')],
        });
      const inWindow = [
        call(40, 1, 'dep-frontend'),
        call(40, 2, 'dep-api', 1),
        call(40, 3, 'dep-api', 1),
        call(40, 4, 'dep-db', 2),
        call(40, 5, 'dep-api', 2), // a call within one service is not a dependency
        call(41, 1, 'dep-frontend'),
        call(41, 2, 'dep-api', 1),
      ];
      const old = [0, 1].map((i) =>
        constructedSpan({
          traceId: constructedTraceId(42),
          spanId: i + 1,
          service: `dep-old-${i}`,
          startTime: micros(now - 2 * DAY_US),
          ...(i > 0 ? { parent: 1 } : {}),
        }),
      );
      const expected = [
        { parent: 'dep-api', child: 'dep-db', callCount: 1 },
        { parent: 'dep-frontend', child: 'dep-api', callCount: 3 },
      ];
      await ctx.write([...inWindow, ...old]);
      const writer = ctx.store().dependencyWriter;
      // Stores with precomputed dependencies (ES, Cassandra) get them from a job, as Jaeger's
      // spark-dependencies: write what that job would, at the traces' time.
      if (writer) {
        await writer.writeDependencies(micros(recent), expected);
        await writer.writeDependencies(micros(now - 2 * DAY_US), [
          { parent: 'dep-old-0', child: 'dep-old-1', callCount: 1 },
        ]);
        await setup.refresh?.(ctx.store());
      }
      const endTs = millis(Math.floor(now / 1000));
      const links = await ctx.store().dependencies.getDependencies(endTs, millis(HOUR_US / 1000));
      expect(withoutSource(links)).toEqual(expected);
      const wide = await ctx.store().dependencies.getDependencies(endTs, millis((3 * DAY_US) / 1000));
      expect(withoutSource(wide)).toEqual(
        withoutSource([...expected, { parent: 'dep-old-0', child: 'dep-old-1', callCount: 1 }]),
      );
    });
  });
}
