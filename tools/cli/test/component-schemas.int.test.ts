import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_SCHEMAS } from '../src/options/component-schemas.ts';
import { REPO_ROOT } from '../src/topology/programs.ts';

/** The flags a binary's `--help` lists. */
function helpFlags(entry: string): string[] {
  const text = execFileSync(process.execPath, [join(REPO_ROOT, entry), '--help'], { encoding: 'utf8' });
  return [...text.matchAll(/^ {2}--([a-zA-Z0-9._-]+)/gm)]
    .map((m) => m[1]!)
    .filter((flag) => flag !== 'help' && flag !== 'config-file')
    .sort();
}

describe('COMPONENT_SCHEMAS', () => {
  // The collector and the query service merge their schemas in main.ts; ours repeat those merges.
  it.each([
    ['collector', 'services/collector/src/main.ts'],
    ['query', 'services/query/src/main.ts'],
    ['ingester', 'services/ingester/src/main.ts'],
    ['allInOne', 'services/all-in-one/src/main.ts'],
  ] as const)("has the %s's flags, as its --help lists them", (component, entry) => {
    expect(Object.keys(COMPONENT_SCHEMAS[component]).sort()).toEqual(helpFlags(entry));
  });
});
