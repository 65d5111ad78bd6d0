import { stringify } from 'yaml';
import { InvalidCrError, formatIssues } from './cr/issue.ts';
import { loadCrFile } from './cr/load.ts';
import type { Jaeger } from './cr/schema.ts';
import { strategyOf, storageTypeOf } from './options/component-flags.ts';
import { renderCompose } from './render/compose.ts';
import { renderKubernetes } from './render/kubernetes.ts';
import { crdManifest } from './render/crd.ts';
import { planTopology } from './topology/plan.ts';
import { REPO_ROOT } from './topology/programs.ts';
import { runUp } from './up/up.ts';

export interface CliInput {
  readonly command: string | undefined;
  readonly file: string | undefined;
  readonly format: string | undefined;
  readonly help: boolean;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE = `Usage:
  spanstream validate -f jaeger.yaml               check a Jaeger resource (jaegertracing.io/v1)
  spanstream up -f jaeger.yaml                     run its processes here, supervised (Ctrl-C stops)
  spanstream render -f jaeger.yaml [--format k8s|compose]
                                                   print Kubernetes manifests or a compose file
  spanstream crd                                   print the CustomResourceDefinition
See docs/cli.md.
`;

/** Runs one command; returns the exit code (0 ok, 1 refused or failed, 2 usage). */
export async function runCli(input: CliInput): Promise<number> {
  if (input.help) {
    input.stdout(USAGE);
    return 0;
  }
  if (input.command === 'crd') {
    input.stdout(stringify(crdManifest()));
    return 0;
  }
  if (!['validate', 'up', 'render'].includes(input.command ?? '')) {
    input.stderr(`spanstream: ${input.command === undefined ? 'no command' : `unknown command ${input.command}`}\n${USAGE}`);
    return 2;
  }
  if (input.file === undefined) {
    input.stderr(`spanstream ${String(input.command)}: -f <file> is required\n`);
    return 2;
  }
  const format = input.format ?? 'k8s';
  if (input.command === 'render' && !['k8s', 'compose'].includes(format)) {
    input.stderr(`spanstream render: --format must be k8s or compose, not ${format}\n`);
    return 2;
  }
  let cr: Jaeger;
  try {
    cr = loadCrFile(input.file);
  } catch (error) {
    if (!(error instanceof InvalidCrError)) throw error;
    input.stderr(`spanstream ${String(input.command)}: ${input.file} is refused:\n${formatIssues(error.issues)}\n`);
    return 1;
  }
  if (input.command === 'validate') {
    const names = planTopology(cr).processes.map((p) => p.name);
    input.stdout(
      `${input.file}: valid Jaeger ${cr.metadata.name} (strategy ${strategyOf(cr)}, storage ${storageTypeOf(cr)}; processes: ${names.join(', ')})\n`,
    );
    return 0;
  }
  if (input.command === 'render') {
    input.stdout(format === 'compose' ? stringify(renderCompose(cr)) : renderKubernetes(cr).map((o) => stringify(o)).join('---\n'));
    return 0;
  }
  return runUp(cr, { root: REPO_ROOT, env: process.env, write: input.stdout });
}
