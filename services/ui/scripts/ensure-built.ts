/**
 * Builds the UI with Vite when `dist/` is missing or older than the sources, so that `npm start` and
 * `npm run query` serve the real UI on a fresh clone (dist/ is not committed). Run by the root
 * `prestart`/`prequery` scripts and by the browser tests; a no-op (a few stat calls) when up to date.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

export async function ensureUiBuilt(log: (message: string) => void = () => undefined): Promise<void> {
  if (uiBuildIsCurrent()) return;
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
