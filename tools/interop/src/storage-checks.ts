import { queryListenerFlags, startService, stopService, type ServiceProcess } from '@spanstream/e2e';
import { createNamespace, type Backend, type Namespace } from './backends.ts';
import type { InteropFixtures } from './fixtures.ts';
import { startJaeger, type JaegerProcess } from './jaeger-process.ts';
import { compareSearches, errorMessage, readChecks } from './read-checks.ts';
import { sendOtlpJson, waitForCount } from './send.ts';
import { fail, failed, pass, type CheckResult } from './table.ts';

export interface SuiteContext {
  readonly jaegerBinary: string;
  readonly fixtures: InteropFixtures;
  readonly log: (message: string) => void;
  /** Keep indices/keyspaces/topics after the run (to look at them). */
  readonly keep: boolean;
}

/**
 * Both directions on one backend, each in its own namespace: A written by our writer, B by Jaeger's
 * collector (OTLP → its storage exporter). Jaeger's query on A is compared with Jaeger's query on B
 * (does Jaeger read our data as it reads its own?), and with our query on A; our query on B with
 * Jaeger's query on B (do both readers answer alike on the same data?).
 */
export async function storageChecks(backend: Backend, ctx: SuiteContext): Promise<CheckResult[]> {
  const jaegers: JaegerProcess[] = [];
  const namespaces: Namespace[] = [];
  const queries: ServiceProcess[] = [];
  try {
    const [ours, theirs] = await Promise.all([
      createNamespace(backend, 'ours'),
      createNamespace(backend, 'jaeger'),
    ]);
    namespaces.push(ours, theirs);
    ctx.log(`${backend}: our writer → ${ours.name}; Jaeger's collector (OTLP) → ${theirs.name}`);
    await ours.write(ctx.fixtures.traces.flatMap((t) => t.spans));
    const writer = await startJaeger(ctx.jaegerBinary, { storage: theirs.jaeger });
    jaegers.push(writer);
    await sendOtlpJson(writer.otlpUrl, ctx.fixtures.traces);
    const total = ctx.fixtures.traces.reduce((n, t) => n + t.spans.length, 0);
    const stored = await waitForCount(() => theirs.countSpans(), total, 60_000);
    if (stored !== total) throw new Error(`Jaeger stored ${stored}/${total} fixture spans in ${theirs.name}`);
    const reader = await startJaeger(ctx.jaegerBinary, { storage: ours.jaeger });
    jaegers.push(reader);
    const ourQuery = await startOurQuery(theirs, queries);
    const ourQueryOnOurs = await startOurQuery(ours, queries);
    const jaegerOnOwn = { name: 'Jaeger→Jaeger', url: writer.queryUrl };
    const jaegerOnOurs = { name: 'Jaeger', url: reader.queryUrl };
    return [
      ...(await readChecks(
        {
          label: `${backend}, ours → Jaeger`,
          reader: { name: 'Jaeger', url: reader.queryUrl },
          reference: jaegerOnOwn,
        },
        ctx.fixtures,
      )),
      // Ours is the reader here so that a search Jaeger's own reader gets wrong on its own data too
      // (link and scope attributes on its Elasticsearch, duration bounds on its Cassandra) is named in
      // the detail, not counted; a search Jaeger answers on its data but not on ours fails the row above.
      await searchRow(
        `${backend}, ours → Jaeger: v1 searches, Jaeger = ours`,
        ourQueryOnOurs,
        jaegerOnOurs,
        ctx,
      ),
      ...(await readChecks(
        {
          label: `${backend}, Jaeger → ours`,
          reader: ourQuery,
          reference: { name: 'Jaeger', url: writer.queryUrl },
        },
        ctx.fixtures,
      )),
      await fractionalDuration(`${backend}, Jaeger → ours`, ourQuery.url),
    ];
  } catch (error) {
    ctx.log(`${backend}: ${error instanceof Error ? error.message : String(error)}`);
    return [failed(`${backend}: setup`, error)];
  } finally {
    for (const query of queries) await stopService(query);
    for (const jaeger of jaegers) await jaeger.stop();
    if (!ctx.keep) {
      for (const ns of namespaces) {
        await ns.cleanup().catch((error: unknown) => {
          ctx.log(`cleanup ${ns.name}: ${String(error)}`);
        });
      }
    }
  }
}

async function startOurQuery(
  ns: Namespace,
  started: ServiceProcess[],
): Promise<{ name: string; url: string }> {
  const listeners = await queryListenerFlags();
  started.push(await startService('query', [...listeners.args, ...ns.ourArgs]));
  return { name: 'ours', url: `http://127.0.0.1:${listeners.httpPort}` };
}

/** Both readers on the same data (ours): the same trace IDs for every fixture search. */
async function searchRow(
  check: string,
  reader: { name: string; url: string },
  reference: { name: string; url: string },
  ctx: SuiteContext,
): Promise<CheckResult> {
  try {
    const { ok, detail } = await compareSearches(reader, reference, ctx.fixtures);
    return ok ? pass(check, detail) : fail(check, detail);
  } catch (error) {
    return failed(check, error);
  }
}

/** Jaeger's "Duration range" searches send nanoseconds: 1500ns must answer 200 (it is 1.5 µs). */
async function fractionalDuration(label: string, url: string): Promise<CheckResult> {
  const check = `${label}: minDuration=1500ns (v1 and api_v3)`;
  const now = Date.now();
  const v1 = new URLSearchParams({
    service: 'query09-service',
    start: String((now - 7 * 86_400_000) * 1000),
    end: String(now * 1000),
    minDuration: '1500ns',
  });
  const v3 = new URLSearchParams({
    'query.service_name': 'query09-service',
    'query.start_time_min': new Date(now - 7 * 86_400_000).toISOString(),
    'query.start_time_max': new Date(now).toISOString(),
    'query.duration_min': '1500ns',
  });
  try {
    const answers = await Promise.all([
      fetch(`${url}/api/traces?${v1.toString()}`).then(async (r) => [r.status, await r.text()] as const),
      fetch(`${url}/api/v3/traces?${v3.toString()}`).then(async (r) => [r.status, await r.text()] as const),
    ]);
    const [[s1, t1], [s3, t3]] = answers;
    if (s1 === 200 && s3 === 200) return pass(check, 'HTTP 200 from both');
    const show = (api: string, status: number, text: string) =>
      status === 200 ? `${api} 200` : `${api} HTTP ${status}: ${errorMessage(text)}`;
    return fail(check, `${show('v1', s1, t1)}; ${show('api_v3', s3, t3)}`);
  } catch (error) {
    return failed(check, error);
  }
}
