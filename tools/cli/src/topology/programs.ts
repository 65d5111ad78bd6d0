import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Program } from './plan.ts';

/** The repository root (tools/cli/src/topology → ../../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

export interface ProgramCommand {
  /** Node/V8 flags before the entry point. */
  readonly nodeArgs: readonly string[];
  /** Repository-relative entry point. */
  readonly entry: string;
  /** Repository-relative scripts run once before the first start (the npm `pre*` scripts). */
  readonly prepare: readonly string[];
}

// The root package.json scripts' commands (`npm start`, `npm run collector`…), without npm in between
// so that the supervisor's child is the service itself (signals and PIDs are its own); a unit test
// keeps the two in step.
const V8_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=50'];
// The ingester and the query service allocate a lot per span read: larger semi-spaces cost less CPU
// (ADR 0105; both are 8 MiB since their paths allocate less: ADR 0108 query, ADR 0109 ingester).
const INGESTER_V8_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=100'];
const QUERY_V8_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];
export const PROGRAMS: Readonly<Record<Program, ProgramCommand>> = {
  'all-in-one': {
    nodeArgs: [],
    entry: 'services/all-in-one/src/main.ts',
    prepare: ['services/ui/scripts/ensure-built.ts'],
  },
  collector: {
    nodeArgs: V8_FLAGS,
    entry: 'services/collector/dist/main.js',
    prepare: ['services/collector/scripts/ensure-built.ts'],
  },
  ingester: { nodeArgs: INGESTER_V8_FLAGS, entry: 'services/ingester/src/main.ts', prepare: [] },
  query: {
    nodeArgs: QUERY_V8_FLAGS,
    entry: 'services/query/src/main.ts',
    prepare: ['services/ui/scripts/ensure-built.ts'],
  },
  jobs: { nodeArgs: [], entry: 'services/jobs/src/main.ts', prepare: [] },
  aggregator: { nodeArgs: [], entry: 'services/aggregator/src/main.ts', prepare: [] },
};

/** Whether this checkout has the program (the jobs worker and the aggregator arrive with issues 15/16). */
export function programAvailable(program: Program, root: string = REPO_ROOT): boolean {
  const command = PROGRAMS[program];
  const source = command.entry.replace(/\/dist\/main\.js$/, '/src/main.ts');
  return existsSync(join(root, source));
}
