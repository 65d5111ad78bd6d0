/**
 * Bundles the collector (`src/main.ts` and the workspace packages it imports) into plain JavaScript
 * in `dist/` when that is missing or older than the sources. `npm run collector` and the Docker
 * image run the bundle: a collector started on the TypeScript sources carries Node's type stripper
 * (a WebAssembly module) and every stripped source for its whole life, ~26 MiB of RSS of a
 * 150 MiB budget. npm dependencies stay external (loaded from node_modules as usual).
 *
 * Run by the root `precollector` script, the Docker build, the bench and the e2e tests; a no-op (a
 * few stat calls) when up to date.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const COLLECTOR_DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const COLLECTOR_BUNDLE = join(COLLECTOR_DIST, 'main.js');
const ENTRY = fileURLToPath(new URL('../src/main.ts', import.meta.url));
/** Everything a bundle is made of: the collector's and the workspace packages' sources and manifests. */
const SOURCE_DIRS = [join(ROOT, 'services', 'collector', 'src'), join(ROOT, 'packages')];

function newestSourceMtime(): number {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.parentPath.split(sep).includes('node_modules')) continue;
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export function collectorBuildIsCurrent(): boolean {
  return existsSync(COLLECTOR_BUNDLE) && statSync(COLLECTOR_BUNDLE).mtimeMs >= newestSourceMtime();
}

/** A module of a workspace package or service (not node_modules). */
const WORKSPACE_SOURCE = /^(?!.*\/node_modules\/).*\/(?:packages|services)\/[^/]+\/src\//;

/** A bare specifier outside the workspace (`kafkajs`, `node:fs`) stays an import of node_modules. */
const isExternal = (id: string): boolean =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@spanstream/') && !id.startsWith('\0');

/**
 * Files some packages read at run time next to their sources (`schemas/…` via
 * `new URL('../../../schemas/…', import.meta.url)`): the path is rebased onto `dist/`, where every
 * chunk of the bundle lives, so it still names the same file.
 */
const ASSET_URL = /new URL\((['"])(\.{1,2}\/[^'"]*)\1,\s*import\.meta\.url\)/g;

function rebaseAssetUrls(code: string, id: string): string | undefined {
  if (!code.includes('import.meta.url')) return undefined;
  let changed = false;
  const out = code.replace(ASSET_URL, (_match, quote: string, path: string) => {
    changed = true;
    const target = resolve(dirname(id), path);
    let rebased = relative(COLLECTOR_DIST, target).split(sep).join('/');
    if (path.endsWith('/')) rebased += '/';
    return `new URL(${quote}${rebased}${quote}, import.meta.url)`;
  });
  return changed ? out : undefined;
}

export async function buildCollector(): Promise<void> {
  const { rolldown } = await import('rolldown');
  // Built next to dist/ and swapped in, so a concurrent reader never sees half a bundle.
  const staging = `${COLLECTOR_DIST}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'node',
    external: isExternal,
    logLevel: 'warn',
    // The workspace's modules only define things (no import runs code for its effect alone), so a
    // barrel (`@spanstream/codec`, `@spanstream/kafka`) brings in only the modules whose exports are
    // used: what a disabled receiver or an unused codec needs (and its npm dependencies, such as
    // `thrift`) stays out of the startup graph and out of RSS (ADR 0110).
    treeshake: {
      moduleSideEffects: [{ test: WORKSPACE_SOURCE, sideEffects: false, external: false }],
    },
    plugins: [
      {
        name: 'spanstream:rebase-asset-urls',
        transform(code, id) {
          const rebased = rebaseAssetUrls(code, id);
          // Same lines and columns up to the changed string literals: the existing map still holds.
          return rebased === undefined ? undefined : { code: rebased, map: null };
        },
      },
    ],
  });
  try {
    await bundle.write({ dir: staging, format: 'esm', sourcemap: true });
  } finally {
    await bundle.close();
  }
  rmSync(COLLECTOR_DIST, { recursive: true, force: true });
  try {
    renameSync(staging, COLLECTOR_DIST);
  } catch (error) {
    // Another process swapped its identical build in between: keep that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(COLLECTOR_BUNDLE)) throw error;
  }
}

export async function ensureCollectorBuilt(log: (message: string) => void = () => undefined): Promise<void> {
  if (collectorBuildIsCurrent()) return;
  log('bundling the collector (services/collector → dist/), once after each source change…');
  await buildCollector();
}

/** vitest `globalSetup`: the e2e tests run the collector as `npm run collector` does, from the bundle. */
export async function setup(): Promise<void> {
  await ensureCollectorBuilt();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureCollectorBuilt((message) => {
    console.error(message);
  });
}
