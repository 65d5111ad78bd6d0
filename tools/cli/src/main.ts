#!/usr/bin/env node
/**
 * `spanstream validate | up | render -f jaeger.yaml`: the Jaeger operator's custom resource, run on this
 * machine or rendered as Kubernetes manifests / a compose file. docs/cli.md is the reference.
 */
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`spanstream: ${(error as Error).message}\n`);
    process.exit(2);
  }
})();

process.exitCode = await runCli({
  command: positionals[0],
  file: values.file,
  format: values.format,
  help: values.help === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
