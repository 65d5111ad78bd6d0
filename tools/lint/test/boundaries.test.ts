import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_GLOBS, findCycles } from '../src/cycles.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

// The repository's own eslint.config.js, with type information switched off (the fixture files do not exist on
// disk) and only the boundary rules run: what fails here fails `npm run lint`.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: false } } },
  ruleFilter: ({ ruleId }) =>
    ruleId === 'no-restricted-imports' || ruleId === 'spanstream/no-workspace-escape',
});

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('workspace boundaries (eslint.config.js)', () => {
  // Loading the config (typescript-eslint and its rules) takes a few seconds on a busy machine.
  beforeAll(async () => {
    await violations('packages/model/src/x.ts', 'export const x = 1;\n');
  }, 60_000);

  it('a service importing another service by a relative path fails', async () => {
    const found = await violations(
      'services/collector/src/x.ts',
      "import { a } from '../../query/src/x.ts';\nvoid a;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^spanstream\/no-workspace-escape: .*leaves services\/collector.*services\/query/,
      ),
    ]);
  });

  it('a test climbing into another workspace fails', async () => {
    const found = await violations(
      'services/ingester/src/x.int.test.ts',
      "import { testSpan } from '../../../packages/kafka/test/helpers.ts';\nvoid testSpan;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^spanstream\/no-workspace-escape: .*packages\/kafka/)]);
  });

  it('a package importing a service fails', async () => {
    for (const file of [
      'packages/model/src/x.ts',
      'packages/storage-api/src/x.ts',
      'packages/testkit/test/x.ts',
    ]) {
      const found = await violations(file, "import { a } from '@spanstream/collector';\nvoid a;\n");
      // (the model also bans every @spanstream/* import, so it gets a second message)
      expect(found, file).toContainEqual(
        expect.stringMatching(/^no-restricted-imports: .*must not import a service/),
      );
    }
  });

  it('packages/kafka importing the ingester (its pipeline lives in services/ingester) fails', async () => {
    for (const module of ['@spanstream/ingester', '@spanstream/ingester/src/pipeline/span-consumer.ts']) {
      const found = await violations('packages/kafka/src/x.ts', `import * as m from '${module}';\nvoid m;\n`);
      expect(found.length, module).toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(/must not import a service|package exports/);
    }
    const escape = await violations(
      'packages/kafka/src/x.ts',
      "import { a } from '../../../services/ingester/src/ingester.ts';\nvoid a;\n",
    );
    expect(escape).toEqual([expect.stringMatching(/^spanstream\/no-workspace-escape: .*services\/ingester/)]);
  });

  it("a service's production code importing another service fails; all-in-one and service tests may use entry points", async () => {
    const code = "import { a } from '@spanstream/query';\nvoid a;\n";
    expect(await violations('services/collector/src/x.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*another service/),
    ]);
    expect(await violations('services/all-in-one/src/x.ts', code)).toEqual([]);
    expect(await violations('services/ui/test/x.ts', code)).toEqual([]);
  });

  it("importing another workspace's files by package name fails, even from all-in-one", async () => {
    const found = await violations(
      'services/all-in-one/src/x.ts',
      "import { a } from '@spanstream/collector/src/collector.ts';\nvoid a;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*package exports/)]);
  });

  it('drivers are imported only by their owning package', async () => {
    const cases: [string, string, number][] = [
      ['packages/kafka/src/x.ts', 'kafkajs', 0],
      ['packages/kafka/src/x.ts', '@kafkajs/confluent-schema-registry', 0],
      ['services/ingester/src/x.ts', 'kafkajs', 1],
      ['services/ingester/src/x.ts', '@spanstream/kafka', 0],
      ['packages/storage-memory/src/x.ts', 'kafkajs-snappy', 1],
      ['packages/storage-elasticsearch/src/x.ts', '@opensearch-project/opensearch', 0],
      ['packages/storage-cassandra/src/x.ts', '@elastic/elasticsearch', 1],
      ['services/query/src/x.ts', 'cassandra-driver', 1],
      ['packages/storage-cassandra/src/x.ts', 'cassandra-driver', 0],
      // Test code and the tools observe the stores with a client independent of the code under test.
      ['services/collector/test/x.int.test.ts', 'kafkajs', 0],
      ['e2e/src/x.ts', 'kafkajs', 0],
      ['bench/src/x.ts', 'cassandra-driver', 0],
    ];
    for (const [file, module, expected] of cases) {
      const found = await violations(file, `import * as m from '${module}';\nvoid m;\n`);
      expect(found.length, `${file} importing ${module}: ${found.join('; ')}`).toBe(expected);
      if (expected > 0) expect(found[0]).toMatch(/^no-restricted-imports: .*Only packages\//);
    }
  });

  it('the model imports no other workspace and no transport', async () => {
    for (const module of ['@spanstream/codec', 'fastify', 'node:http']) {
      const found = await violations('packages/model/src/x.ts', `import * as m from '${module}';\nvoid m;\n`);
      expect(found.length, module).toBe(1);
    }
  });

  it('imports inside a workspace pass', async () => {
    expect(
      await violations(
        'services/collector/src/receivers/grpc/x.ts',
        "import { a } from '../../processor/y.ts';\nvoid a;\n",
      ),
    ).toEqual([]);
  });
});

describe('import-cycle check (dpdm)', () => {
  const dirs: string[] = [];
  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spanstream-cycles-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reports a two-file cycle', async () => {
    const dir = tree({
      'a.ts': "import { b } from './b.ts';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { a } from './a.ts';\nexport const b = (): number => a() - 1;\n",
      'main.ts': "import { a } from './a.ts';\nconsole.log(a());\n",
    });
    expect((await findCycles(['*.ts'], dir)).map((c) => c.toSorted())).toEqual([['a.ts', 'b.ts']]);
  });

  it('counts a cycle of type-only imports', async () => {
    const dir = tree({
      'b.ts': "import type { Node } from './c.ts';\nexport type Alias = Node;\n",
      'c.ts': "import type { Alias } from './b.ts';\nexport interface Node { readonly alias?: Alias }\n",
    });
    expect((await findCycles(['*.ts'], dir)).map((c) => c.toSorted())).toEqual([['b.ts', 'c.ts']]);
  });

  it('fails the lint step (non-zero exit, the cycle printed) on a cycle across workspace folders', () => {
    const dir = tree({
      'packages/a/src/a.ts':
        "import { b } from '../../../services/b/src/b.ts';\nexport const a = (): number => b() + 1;\n",
      'services/b/src/b.ts':
        "import { a } from '../../../packages/a/src/a.ts';\nexport const b = (): number => a() - 1;\n",
    });
    const run = spawnSync(process.execPath, [join(ROOT, 'tools/lint/src/cycles.ts')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^import cycle: .*packages\/a\/src\/a\.ts/m);
    expect(run.stderr).toMatch(/^import cycle: .*services\/b\/src\/b\.ts/m);
  });

  it("passes on this repository's own tree", async () => {
    expect(await findCycles(SOURCE_GLOBS, ROOT)).toEqual([]);
  }, 60_000);

  it('reports nothing for an acyclic tree', async () => {
    const dir = tree({
      'a.ts': "import { b } from './b.ts';\nexport const a = (): number => b + 1;\n",
      'b.ts': 'export const b = 1;\n',
      'main.ts': "import { a } from './a.ts';\nimport { b } from './b.ts';\nconsole.log(a(), b);\n",
    });
    expect(await findCycles(['*.ts'], dir)).toEqual([]);
  });
});
