import type { Span, TraceId } from '@spanstream/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { constructedTests } from './constructed-tests.ts';
import {
  FIXTURE_FORMS,
  loadFixtureQueries,
  loadFixtureTraces,
  type FixtureForm,
  type FixtureOptions,
} from './fixtures.ts';
import { normalizeSpans } from './normalize.ts';
import { useStore, type ConformanceSetup } from './store-context.ts';

/**
 * The storage conformance suite: Jaeger's storage integration cases, for every fixture form,
 * plus Spanstream's own (multi-day, 10,008 spans, idempotent writes, dependencies, limit).
 * Every backend runs it unchanged; none may skip a case.
 */
export function runStorageConformance(name: string, setup: ConformanceSetup): void {
  const options: FixtureOptions = { now: new Date() };
  describe(`storage conformance: ${name}`, () => {
    for (const form of FIXTURE_FORMS) fixtureTests(form, setup, options);
    constructedTests(setup, options);
  });
}

function fixtureTests(form: FixtureForm, setup: ConformanceSetup, options: FixtureOptions): void {
  describe(`${form} fixtures`, () => {
    const fixtures = loadFixtureTraces(form, options);
    const queries = loadFixtureQueries(form, options);
    // Several fixtures may share a trace ID (jaeger-model default and example_trace): the
    // stored trace is the union of their spans.
    const expectedByTrace = new Map<TraceId, Span[]>();
    for (const fixture of fixtures.values()) {
      expectedByTrace.set(fixture.traceId, [
        ...(expectedByTrace.get(fixture.traceId) ?? []),
        ...fixture.spans,
      ]);
    }
    const expectTrace = (traceId: TraceId, spans: readonly Span[] | undefined): void => {
      expect(spans, `trace ${traceId}`).toBeDefined();
      expect(normalizeSpans(spans ?? [])).toEqual(normalizeSpans(expectedByTrace.get(traceId) ?? []));
    };
    const ctx = useStore(setup);
    beforeAll(async () => {
      for (const fixture of fixtures.values()) await ctx.store().writer.writeSpans(fixture.spans);
      await setup.refresh?.(ctx.store());
    });

    it('GetServices returns every service written, sorted', async () => {
      const services = new Set(
        [...fixtures.values()].flatMap((f) => f.spans.map((s) => s.process.serviceName)),
      );
      expect(await ctx.store().reader.getServices()).toEqual([...services].sort());
    });

    it('GetOperations returns names with span kinds, filtered by kind', async () => {
      const reader = ctx.store().reader;
      expect(await reader.getOperations({ serviceName: 'example-service-1' })).toEqual([
        { name: 'example-operation-1', spanKind: '' },
        { name: 'example-operation-3', spanKind: 'server' },
        { name: 'example-operation-4', spanKind: 'client' },
      ]);
      expect(await reader.getOperations({ serviceName: 'example-service-1', spanKind: 'server' })).toEqual([
        { name: 'example-operation-3', spanKind: 'server' },
      ]);
      expect(await reader.getOperations({ serviceName: 'example-service-1', spanKind: 'client' })).toEqual([
        { name: 'example-operation-4', spanKind: 'client' },
      ]);
      expect(await reader.getOperations({ serviceName: 'example-service-1', spanKind: 'producer' })).toEqual(
        [],
      );
      expect(await reader.getOperations({ serviceName: 'example-service-1', spanKind: '' })).toHaveLength(3);
      expect(
        await reader.getOperations({ serviceName: 'example-service-1', spanKind: 'unspecified' }),
      ).toEqual([{ name: 'example-operation-1', spanKind: '' }]);
      expect(await reader.getOperations({ serviceName: 'no-such-service' })).toEqual([]);
    });

    it.each([...fixtures.keys()])('GetTrace returns every span of %s', async (fixtureName) => {
      const { traceId } = fixtures.get(fixtureName)!;
      expectTrace(traceId, (await ctx.store().reader.getTrace(traceId))?.spans);
    });

    it('GetTrace of a missing trace ID is undefined; getTraces leaves it out', async () => {
      const missing = 'ffffffffffffffff0000000000000001' as TraceId;
      expect(await ctx.store().reader.getTrace(missing)).toBeUndefined();
      const some = [...new Set([...fixtures.values()].map((f) => f.traceId))].slice(0, 4);
      const traces = await ctx.store().reader.getTraces([some[0]!, missing, ...some.slice(1)]);
      expect(traces.map((t) => t.spans[0]?.traceId).sort()).toEqual([...some].sort());
      for (const trace of traces) expectTrace(trace.spans[0]!.traceId, trace.spans);
    });

    it('a trace whose spans fall on two days (multi_index_trace) comes back whole', async () => {
      const { traceId, spans } = fixtures.get('multi_index_trace')!;
      const days = new Set(spans.map((s) => Math.floor(s.startTime / 86_400_000_000)));
      expect(days.size).toBe(2);
      expectTrace(traceId, (await ctx.store().reader.getTrace(traceId))?.spans);
    });

    it.each(queries.map((q) => [`${q.file}: ${q.caption}`, q] as const))('FindTraces %s', async (_, q) => {
      const expectedIds = [...new Set(q.expectedFixtures.map((f) => fixtures.get(f)!.traceId))].sort();
      const traces = await ctx.store().reader.findTraces(q.query);
      expect(traces.map((t) => t.spans[0]?.traceId).sort()).toEqual(expectedIds);
      for (const trace of traces) expectTrace(trace.spans[0]!.traceId, trace.spans);
      expect([...(await ctx.store().reader.findTraceIds(q.query))].sort()).toEqual(expectedIds);
    });
  });
}
