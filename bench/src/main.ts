/**
 * `npm run bench [-- --only collector,ingester] [--list] [--out file.json]`: runs every `bench/src/*.bench.ts` module, each
 * in its own child process (so one bench's heap and JIT state do not colour another's RSS and CPU
 * figures), prints a Markdown table and writes `artifacts/bench.json`.
 * `npm run bench -- --vs-jaeger[=parts] [--quick]`: Spanstream next to real Jaeger v2 (bench/src/vs-jaeger/).
 */
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from './harness.ts';
import type { BenchModule, BenchResult } from './harness.ts';
import { parseVsJaegerOptions, wantsVsJaeger } from './vs-jaeger/options.ts';
import { formatReport, runVsJaeger, writeReport } from './vs-jaeger/run.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

type ChildMessage = { readonly results: BenchResult[] } | { readonly error: string };

async function runModuleHere(file: string): Promise<void> {
  const module = (await import(pathToFileURL(file).href)) as Partial<BenchModule>;
  if (typeof module.run !== 'function') throw new Error(`${basename(file)} does not export run()`);
  const results = await module.run();
  await new Promise<void>((done) =>
    process.send!({ results } satisfies ChildMessage, () => {
      done();
    }),
  );
}

function runModuleInChild(file: string, timeoutMs: number): Promise<BenchResult[]> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--run-module', file], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let outcome: ChildMessage | undefined;
    const timer = setTimeout(() => {
      outcome ??= { error: `timed out after ${timeoutMs / 1000}s` };
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (message: ChildMessage) => (outcome ??= message));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (outcome !== undefined && 'results' in outcome) resolvePromise(outcome.results);
      else reject(new Error(outcome?.error ?? `exited with ${signal ?? `code ${code}`} before reporting`));
    });
  });
}

function benchModules(only: readonly string[]): string[] {
  return readdirSync(here)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => only.length === 0 || only.includes(name.slice(0, -'.bench.ts'.length)))
    .sort()
    .map((name) => join(here, name));
}

async function vsJaeger(argv: readonly string[]): Promise<number> {
  const options = parseVsJaegerOptions(argv, join(root, 'artifacts', 'vs-jaeger.json'));
  const report = await runVsJaeger(options, (message) => {
    console.error(message);
  });
  console.log(formatReport(report));
  writeReport(report, options.out);
  console.error(`bench: wrote ${options.out}`);
  return report.failures.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  if (wantsVsJaeger(process.argv.slice(2))) return vsJaeger(process.argv.slice(2));
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      list: { type: 'boolean', default: false },
      'timeout-seconds': { type: 'string', default: '900' },
      'run-module': { type: 'string' },
      // Several people may bench on one machine: each can keep its own report.
      out: { type: 'string', default: join(root, 'artifacts', 'bench.json') },
    },
  });
  if (values['run-module'] !== undefined) {
    await runModuleHere(values['run-module']);
    return 0;
  }
  const only = (values.only ?? []).flatMap((v) => v.split(',')).filter((v) => v !== '');
  const files = benchModules(only);
  if (values.list || files.length === 0) {
    const names = readdirSync(here).filter((n) => n.endsWith('.bench.ts'));
    console.log(
      files.length === 0 ? `no bench module matches; available: ${names.join(', ')}` : names.join('\n'),
    );
    return files.length === 0 ? 1 : 0;
  }
  const results: BenchResult[] = [];
  const failures: { module: string; error: string }[] = [];
  for (const file of files) {
    const module = basename(file, '.bench.ts');
    console.error(`bench: running ${module} ...`);
    try {
      results.push(...(await runModuleInChild(file, Number(values['timeout-seconds']) * 1000)));
    } catch (error) {
      failures.push({ module, error: error instanceof Error ? error.message : String(error) });
      console.error(`bench: ${module} failed: ${failures.at(-1)!.error}`);
    }
  }
  console.log(formatTable(results));
  for (const failure of failures) console.log(`FAILED ${failure.module}: ${failure.error}`);
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30 };
  const report = { date: new Date().toISOString(), node: process.version, machine, results, failures };
  writeFileSync(resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  console.error(`bench: wrote ${values.out}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
