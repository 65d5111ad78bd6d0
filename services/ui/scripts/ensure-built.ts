/**
 * Builds the UI with Vite when `dist/` is missing or older than the sources, so that `npm start` and
 * `npm run query` serve the real UI on a fresh clone (dist/ is not committed). Run by the root
 * `prestart`/`prequery` scripts and by the browser tests; a no-op (a few stat calls) when up to date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const UI_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const UI_DIST = fileURLToPath(new URL('../dist', import.meta.url));

function newestSourceMtime(): number {
  const files = [join(UI_ROOT, 'index.html'), join(UI_ROOT, 'vite.config.ts')];
  for (const entry of readdirSync(join(UI_ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

export function uiBuildIsCurrent(): boolean {
  const index = join(UI_DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestSourceMtime();
}

/** Held while one process builds: Vite empties dist/ first, so a second build or a server reading it meanwhile would see a half-written UI. */
const BUILD_LOCK = join(UI_ROOT, '.dist-build.lock');

function lockOwner(): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // being created right now
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the build lock (a folder: mkdir is atomic); a lock whose owner died is taken over. */
async function takeBuildLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), `${process.pid}\n`);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = lockOwner();
      if (owner !== undefined && !isAlive(owner)) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}

/** Builds dist/ unless it is current; processes that ask at the same time wait for one build. */
export async function ensureUiBuilt(log: (message: string) => void = () => undefined): Promise<void> {
  // dist/index.html may be written before the rest of a build in progress: current only when no build runs.
  if (uiBuildIsCurrent() && !existsSync(BUILD_LOCK)) return;
  await takeBuildLock();
  try {
    // Another process may have built it while this one waited.
    if (!uiBuildIsCurrent()) await buildUi(log);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

async function buildUi(log: (message: string) => void): Promise<void> {
  log('building the web UI (services/ui → dist/), once after each UI change…');
  const { build } = await import('vite');
  // Under vitest NODE_ENV is "test", which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: UI_ROOT, logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureUiBuilt((message) => {
    console.error(message);
  });
}
