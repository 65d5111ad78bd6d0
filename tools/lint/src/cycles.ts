import { parseCircular, parseDependencyTree } from 'dpdm';

/**
 * The import-cycle check of `npm run lint` (see docs/development.md, "Boundaries").
 *
 * dpdm parses every source file (with the TypeScript parser, so `.ts`/`.tsx` extension imports resolve) and follows
 * imports across workspaces through their node_modules links (third-party packages are leaves). Type-only imports count: a cycle of types is still a
 * cycle in the design. Dynamic imports count too.
 */
export const SOURCE_GLOBS = [
  'packages/*/{src,test}/**/*.ts',
  'services/*/{src,test,scripts}/**/*.{ts,tsx}',
  'tools/*/{src,test}/**/*.ts',
  'bench/src/**/*.ts',
  'e2e/src/**/*.ts',
];

/** Every import cycle among the files the globs match, each as the list of files (relative to cwd) on the loop. */
export async function findCycles(globs: readonly string[], cwd: string): Promise<string[][]> {
  const tree = await parseDependencyTree([...globs], {
    cwd,
    context: cwd,
    transform: false,
    skipDynamicImports: false,
  });
  return parseCircular(tree);
}

if (import.meta.main) {
  const cycles = await findCycles(SOURCE_GLOBS, process.cwd());
  if (cycles.length === 0) {
    console.log('import cycles: none');
  } else {
    for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
    process.exitCode = 1;
  }
}
