import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, reachableMarkdown, slug } from '../src/markdown.ts';

// The README is the newcomer's page; the reference lives in docs/. These checks keep both honest in CI.

const root = resolve(import.meta.dirname, '..', '..', '..');
const readme = join(root, 'README.md');
const markdownIn = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, dir, name));
const docs = [...markdownIn('docs'), ...markdownIn('docs/adr')];

describe('README and docs/', () => {
  it('README.md stays under 400 lines', () => {
    const lines = readFileSync(readme, 'utf8').split('\n').length;
    expect(lines).toBeLessThan(400);
  });

  it('every relative link of README.md, docs/ and bench/README.md points to an existing file and heading', () => {
    const files = [readme, join(root, 'bench', 'README.md'), join(root, 'schemas', 'README.md'), ...docs];
    expect(brokenLinks(files, root)).toEqual([]);
  });

  it('every page of docs/ and docs/adr/ is reachable from README.md through links', () => {
    const reached = reachableMarkdown(readme);
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.filter((file) => !reached.has(file)).map((file) => file.slice(root.length + 1))).toEqual([]);
  });

  it('README.md keeps the two commands CI and newcomers rely on', () => {
    const text = readFileSync(readme, 'utf8');
    expect(text).toMatch(/^npm ci && npm start\b/m);
    expect(text).toMatch(/^npm test\b/m);
  });
});

describe('docs/configuration.md', () => {
  const reference = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
  const services = ['all-in-one', 'collector', 'ingester', 'query', 'jobs worker', 'agent'];
  const help = new Map<string, string>();

  // Each entry point prints its own --help (what users see); starting one loads all its modules, so the
  // four run in parallel, once.
  beforeAll(async () => {
    const run = promisify(execFile);
    for (const [index, { stdout }] of (
      await Promise.all(
        services.map((service) =>
          // `jobs worker`: the jobs service's subcommand (`npm run jobs -- worker --help`).
          run(
            process.execPath,
            [
              join(root, 'services', service.split(' ')[0]!, 'src', 'main.ts'),
              ...service.split(' ').slice(1),
              '--help',
            ],
            {
              encoding: 'utf8',
            },
          ),
        ),
      )
    ).entries()) {
      help.set(services[index]!, stdout);
    }
  }, 120_000);

  it.each(services)('lists every option of %s --help', (service) => {
    const options = [...help.get(service)!.matchAll(/^ {2}--(\S+)/gm)]
      .map((match) => match[1]!)
      .filter((key) => key !== 'help');
    expect(options.length).toBeGreaterThan(5);
    // Archive stores take every option of their primary store under another prefix (documented once).
    const documented = (key: string): boolean =>
      reference.includes(`\`--${key}\``) ||
      reference.includes(`\`--${key.replace(/^(es|cassandra)-archive\./, '$1.')}\``);
    expect(options.filter((key) => !documented(key))).toEqual([]);
  });
});

describe('docs/jobs.md', () => {
  it('documents every command of npm run jobs -- --help', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'services', 'jobs', 'src', 'main.ts'), '--help'],
      { encoding: 'utf8' },
    );
    const commands = [...stdout.matchAll(/^ {2}([a-z][a-z-]+) /gm)].map((match) => match[1]!);
    expect(commands).toContain('worker');
    const reference = readFileSync(join(root, 'docs', 'jobs.md'), 'utf8');
    expect(commands.filter((command) => !reference.includes(`npm run jobs -- ${command}`))).toEqual([]);
  });
});

describe('the link checker', () => {
  it("derives GitHub's heading anchors", () => {
    expect(slug('OTLP ⇄ Jaeger model')).toBe('otlp--jaeger-model');
    expect(slug('Elasticsearch / OpenSearch')).toBe('elasticsearch--opensearch');
    expect(slug("How it works, and where it differs from Jaeger's ingester")).toBe(
      'how-it-works-and-where-it-differs-from-jaegers-ingester',
    );
    expect(slug('Query service (`services/query`, `npm run query`)')).toBe(
      'query-service-servicesquery-npm-run-query',
    );
    expect([...headingAnchors('# A\n## Tests\n```\n# not a heading\n```\n## Tests\n')]).toEqual([
      'a',
      'tests',
      'tests-1',
    ]);
  });

  it('reports a missing file and a missing heading, and ignores links in code and external links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    writeFileSync(join(dir, 'other.md'), '# Other\n\n## Here\n');
    writeFileSync(
      join(dir, 'page.md'),
      [
        '# Page',
        '[ok](other.md#here) [self](#page) [web](https://example.com/x.md)',
        '[gone](missing.md)',
        '[bad anchor](other.md#there)',
        '`[in code](missing.md)`',
        '```',
        '[in a fence](missing.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks([join(dir, 'page.md')], dir)).toEqual([
      { file: 'page.md', line: 3, target: 'missing.md', reason: 'no such file' },
      { file: 'page.md', line: 4, target: 'other.md#there', reason: 'no heading with anchor #there' },
    ]);
  });
});
