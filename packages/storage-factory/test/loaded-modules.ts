// Test support, as `@spanstream/storage-factory/loaded-modules`: which modules a child process loads
// (ADR 0108's lazy loading). `RECORD_MODULES` goes to the child's `nodeArgs`; at exit it prints one
// line naming every module it resolved, which `loadedModules` reads back from its stderr.

const MARK = 'loaded-modules:';

const hook = `
import { registerHooks } from 'node:module';
import { writeSync } from 'node:fs';
const names = new Set();
registerHooks({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    const url = result.url;
    const npm = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(url);
    const own = /\\/((?:packages|services)\\/[^/]+\\/.+)$/.exec(url);
    if (npm) names.add(npm[1]);
    else if (own && url.startsWith('file:')) names.add('./' + own[1]);
    return result;
  },
});
process.on('exit', () => { writeSync(2, '\\n${MARK}' + JSON.stringify([...names]) + '\\n'); });
`;

/** Node flags that make a child report the modules it loaded. */
export const RECORD_MODULES = ['--import', `data:text/javascript,${encodeURIComponent(hook)}`];

export interface LoadedModules {
  /** npm packages, by name (`@elastic/elasticsearch`, `kafkajs`). */
  readonly packages: ReadonlySet<string>;
  /** The workspace's own files, relative to the repository (`packages/storage-sqlite/src/store.ts`). */
  readonly workspaceFiles: readonly string[];
}

/** What the child reported in its stderr; throws when it did not (it has not exited). */
export function loadedModules(stderr: string): LoadedModules {
  const line = stderr.split('\n').find((text) => text.startsWith(MARK));
  if (line === undefined) throw new Error('the child did not report its modules (still running?)');
  const names = JSON.parse(line.slice(MARK.length)) as string[];
  const packages = new Set(names.filter((name) => !name.startsWith('./')));
  const workspaceFiles = names.filter((name) => name.startsWith('./')).map((name) => name.slice(2));
  return { packages, workspaceFiles };
}
