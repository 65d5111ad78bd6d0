import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Jaeger v2 as the Go module's v1.x tag: v1.75.0 is Jaeger v2.12's `cmd/jaeger`. */
export const JAEGER_MODULE_VERSION = 'v1.75.0';
const MODULE = 'github.com/jaegertracing/jaeger';

/** `$SPANSTREAM_CACHE_DIR` or `$XDG_CACHE_HOME/spanstream` or `~/.cache/spanstream`, then `jaeger/<version>/`. */
export function jaegerCacheDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  const root =
    env['SPANSTREAM_CACHE_DIR'] ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'spanstream');
  return join(root, 'jaeger', version);
}

/**
 * The cached Jaeger v2 binary, built first when missing. `go install …@v1.75.0` is refused (Jaeger's
 * go.mod has replace directives), so it is built as a tool of a scratch module, through the Go module
 * proxy (~5 minutes on 2 cores, ~120 MB).
 */
export async function ensureJaegerBinary(
  log: (message: string) => void,
  version = JAEGER_MODULE_VERSION,
): Promise<string> {
  const dir = jaegerCacheDir(version);
  const binary = join(dir, 'jaeger');
  if (existsSync(binary)) return binary;
  const modDir = join(dir, 'mod');
  mkdirSync(modDir, { recursive: true });
  log(`building Jaeger ${MODULE}/cmd/jaeger@${version} into ${dir} (takes minutes, once)`);
  if (!existsSync(join(modDir, 'go.mod'))) await run('go', ['mod', 'init', 'jaegertool'], modDir);
  await run('go', ['get', '-tool', `${MODULE}/cmd/jaeger@${version}`], modDir);
  // Built beside, then renamed: an interrupted build never leaves a truncated binary in the cache.
  await run('go', ['build', '-o', `${binary}.partial`, `${MODULE}/cmd/jaeger`], modDir);
  renameSync(`${binary}.partial`, binary);
  return binary;
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error) => {
      reject(new Error(`${command} ${args.join(' ')}: ${error.message} (is Go installed?)`));
    });
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited ${String(code)}:\n${stderr}`));
    });
  });
}
