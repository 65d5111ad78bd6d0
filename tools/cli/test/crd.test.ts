import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../src/cli.ts';
import { REPO_ROOT } from '../src/topology/programs.ts';

const CRD_FILE = join(REPO_ROOT, 'deploy', 'crd', 'jaegertracing.io_jaegers.yaml');

async function crdText(): Promise<string> {
  let out = '';
  await runCli({
    command: 'crd',
    file: undefined,
    format: undefined,
    help: false,
    stdout: (t) => (out += t),
    stderr: () => undefined,
  });
  return out;
}

describe('deploy/crd/jaegertracing.io_jaegers.yaml', () => {
  it('is what `spanstream crd` prints (regenerate it after a schema change)', async () => {
    // Compared as data: the committed file is Prettier-formatted.
    expect(parse(readFileSync(CRD_FILE, 'utf8'))).toEqual(parse(await crdText()));
  });

  it("accepts every example, and refuses what the API server's schema check would", () => {
    const crd = parse(readFileSync(CRD_FILE, 'utf8')) as {
      spec: { versions: { schema: { openAPIV3Schema: object } }[] };
    };
    // The OpenAPI dialect's extra keywords mean nothing to a JSON Schema validator.
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(crd.spec.versions[0]!.schema.openAPIV3Schema);
    const examples = join(REPO_ROOT, 'examples', 'operator');
    for (const file of readdirSync(examples).filter((f) => f.endsWith('.yaml'))) {
      const ok = validate(parse(readFileSync(join(examples, file), 'utf8')));
      expect(ok, `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(
      validate({ apiVersion: 'jaegertracing.io/v1', kind: 'Jaeger', spec: { strategy: 'distributed' } }),
    ).toBe(false);
    expect(
      validate({
        apiVersion: 'jaegertracing.io/v1',
        kind: 'Jaeger',
        spec: { collector: { replicas: 'two' } },
      }),
    ).toBe(false);
  });
});
