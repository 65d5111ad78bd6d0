import { queryListenerFlags, startService, stopService, type ServiceProcess } from '@spanstream/e2e';
import { createNamespace, type Backend, type Namespace } from './backends.ts';
import type { InteropFixtures } from './fixtures.ts';
import { startJaeger, type JaegerProcess } from './jaeger-process.ts';
import { readChecks } from './read-checks.ts';
import { sendOtlpJson, waitForCount } from './send.ts';
import { fail, failed, pass, type CheckResult } from './table.ts';

export interface SuiteContext {
  readonly jaegerBinary: string;
  readonly fixtures: InteropFixtures;
  readonly log: (message: string) => void;
  /** Keep indices/keyspaces/topics after the run (to look at them). */
  readonly keep: boolean;
}

/** Both directions on one backend: our writer → Jaeger's query, and Jaeger's OTLP → storage → our query. */
export async function storageChecks(backend: Backend, ctx: SuiteContext): Promise<CheckResult[]> {
  return [
    ...(await direction(backend, ctx, 'ours', oursToJaeger)),
    ...(await direction(backend, ctx, 'jaeger', jaegerToOurs)),
  ];
}

type Direction = (ns: Namespace, ctx: SuiteContext, started: Started) => Promise<CheckResult[]>;
interface Started {
  jaeger?: JaegerProcess;
  query?: ServiceProcess;
}

async function direction(
  backend: Backend,
  ctx: SuiteContext,
  writer: string,
  run: Direction,
): Promise<CheckResult[]> {
  const started: Started = {};
  let ns: Namespace | undefined;
  try {
    ns = await createNamespace(backend, writer);
    return await run(ns, ctx, started);
  } catch (error) {
    ctx.log(`${backend}, written by ${writer}: ${error instanceof Error ? error.message : String(error)}`);
    return [failed(`${backend}, written by ${writer}: setup`, error)];
  } finally {
    await started.jaeger?.stop();
    await stopService(started.query);
    if (ns && !ctx.keep)
      await ns.cleanup().catch((error: unknown) => {
        ctx.log(`cleanup ${ns?.name}: ${String(error)}`);
      });
  }
}

async function startOurQuery(ns: Namespace): Promise<{ query: ServiceProcess; url: string }> {
  const listeners = await queryListenerFlags();
  const query = await startService('query', [...listeners.args, ...ns.ourArgs]);
  return { query, url: `http://127.0.0.1:${listeners.httpPort}` };
}

const oursToJaeger: Direction = async (ns, ctx, started) => {
  ctx.log(`${ns.backend}: our writer → ${ns.name}`);
  await ns.write(ctx.fixtures.traces.flatMap((t) => t.spans));
  started.jaeger = await startJaeger(ctx.jaegerBinary, { storage: ns.jaeger });
  const ours = await startOurQuery(ns);
  started.query = ours.query;
  ctx.log(`${ns.backend}: Jaeger's query reads ${ns.name}`);
  return readChecks(
    {
      label: `${ns.backend}, ours → Jaeger`,
      reader: { name: 'Jaeger', url: started.jaeger.queryUrl },
      reference: { name: 'ours', url: ours.url },
    },
    ctx.fixtures,
  );
};

const jaegerToOurs: Direction = async (ns, ctx, started) => {
  const jaeger = await startJaeger(ctx.jaegerBinary, { storage: ns.jaeger });
  started.jaeger = jaeger;
  ctx.log(`${ns.backend}: Jaeger's collector (OTLP) → ${ns.name}`);
  await sendOtlpJson(jaeger.otlpUrl, ctx.fixtures.traces);
  const total = ctx.fixtures.traces.reduce((n, t) => n + t.spans.length, 0);
  const stored = await waitForCount(() => ns.countSpans(), total, 60_000);
  const results: CheckResult[] = [];
  const label = `${ns.backend}, Jaeger → ours`;
  if (stored !== total)
    results.push(fail(`${label}: Jaeger stored the fixtures`, `${stored}/${total} spans`));
  const ours = await startOurQuery(ns);
  started.query = ours.query;
  results.push(
    ...(await readChecks(
      { label, reader: { name: 'ours', url: ours.url }, reference: { name: 'Jaeger', url: jaeger.queryUrl } },
      ctx.fixtures,
    )),
  );
  results.push(await fractionalDuration(label, ours.url));
  return results;
};

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
      status === 200 ? `${api} 200` : `${api} HTTP ${status} ${text.slice(0, 60)}`;
    return fail(check, `${show('v1', s1, t1)}; ${show('api_v3', s3, t3)}`);
  } catch (error) {
    return failed(check, error);
  }
}
