import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Linter, Rule } from 'eslint';

/**
 * Workspace import boundaries, checked by ESLint (see docs/development.md, "Boundaries").
 *
 * The rules are derived from the folder layout, not from a list of files: a new package or service, or a file
 * moved between workspaces, is covered without editing this module.
 */

/** A workspace: a folder with a package.json under packages/, services/ or tools/, or bench/ or e2e/. */
export interface Workspace {
  /** Path relative to the repository root, with `/` separators: `packages/kafka`. */
  readonly dir: string;
  readonly kind: 'package' | 'service' | 'tool';
  /** The package name from its package.json: `@spanstream/kafka`. */
  readonly name: string;
}

export function workspacesOf(root: string): Workspace[] {
  const found: Workspace[] = [];
  const add = (dir: string, kind: Workspace['kind']): void => {
    const manifest = join(root, dir, 'package.json');
    if (!existsSync(manifest)) return;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string };
    found.push({ dir, kind, name });
  };
  const kinds = { packages: 'package', services: 'service', tools: 'tool' } as const;
  for (const [parent, kind] of Object.entries(kinds)) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) add(`${parent}/${entry.name}`, kind);
    }
  }
  add('bench', 'tool');
  add('e2e', 'tool');
  return found;
}

/** The workspace folder (relative, `/`-separated) a path belongs to, or undefined for files outside every workspace. */
export function workspaceOfPath(root: string, path: string): string | undefined {
  const parts = relative(root, path).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  if (parts[0] === 'bench' || parts[0] === 'e2e') return parts[0];
  if (['packages', 'services', 'tools'].includes(parts[0]!) && parts.length >= 3)
    return `${parts[0]}/${parts[1]}`;
  return undefined;
}

/**
 * Third-party clients of the backing stores. Each may be imported by its owning package's production code only;
 * everything else reaches Kafka, Elasticsearch/OpenSearch or Cassandra through that package's exports.
 */
export const DRIVERS: readonly { readonly owner: string; readonly modules: readonly string[] }[] = [
  { owner: 'packages/kafka', modules: ['kafkajs', 'kafkajs/*', 'kafkajs-*', '@kafkajs/*'] },
  {
    owner: 'packages/storage-elasticsearch',
    modules: ['@elastic/elasticsearch', '@elastic/elasticsearch/*', '@opensearch-project/*'],
  },
  { owner: 'packages/storage-cassandra', modules: ['cassandra-driver', 'cassandra-driver/*'] },
];

/** Extra restrictions for single packages (the domain model knows nothing of transports, databases or frameworks). */
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  'packages/model': ['@elastic/*', 'fastify', '@grpc/*', 'protobufjs', 'node:http', '@spanstream/*'],
  'packages/codec': ['fastify', '@grpc/*'],
};
const STORAGE_EXTRA = ['fastify', '@grpc/*'];

/** Test code: `*.test.ts(x)` anywhere and everything under a workspace's test/ folder. */
export const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/test/**'];

type Pattern = { group: string[]; message: string };

function restrictions(ws: Workspace, all: readonly Workspace[], test: boolean): Pattern[] {
  const patterns: Pattern[] = [
    {
      group: ['@spanstream/*/src', '@spanstream/*/src/**', '@spanstream/*/test', '@spanstream/*/test/**'],
      message:
        'Import another workspace through its package exports (package.json "exports"), not its files.',
    },
  ];
  const services = all.filter((w) => w.kind === 'service' && w.name !== ws.name).map((w) => w.name);
  // Packages are the layer below the services: none may know a service. A service's production code uses no
  // other service, except all-in-one, which composes them through their public entry points. Service tests may
  // start another service through its entry point (the UI's browser tests run the real query service).
  const servicesBanned =
    ws.kind === 'package' || (ws.kind === 'service' && !test && ws.dir !== 'services/all-in-one');
  if (servicesBanned && services.length > 0) {
    patterns.push({
      group: services.flatMap((s) => [s, `${s}/*`]),
      message:
        ws.kind === 'package'
          ? 'A package must not import a service: move the shared code into a package.'
          : 'A service must not import another service: share code through a package (only all-in-one composes services).',
    });
  }
  // Test code, bench/, e2e/ and tools/ may use the drivers directly: they observe what the code under test wrote
  // with a client independent of it (a census of a topic, a read of a keyspace), or run the stack itself.
  if (!test && ws.kind !== 'tool') {
    for (const driver of DRIVERS) {
      if (driver.owner === ws.dir) continue;
      patterns.push({
        group: [...driver.modules],
        message: `Only ${driver.owner} talks to this client library; use that package's exports.`,
      });
    }
  }
  const extra = EXTRA[ws.dir] ?? (ws.dir.startsWith('packages/storage-') ? STORAGE_EXTRA : []);
  if (extra.length > 0) {
    patterns.push({ group: [...extra], message: `${ws.dir} must not depend on this module (layering).` });
  }
  return patterns;
}

/** Reports a relative import that climbs out of the importing file's workspace (`../../../packages/kafka/test/x.ts`). */
export const noWorkspaceEscape: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports that leave the workspace of the importing file.' },
    messages: {
      escape:
        "'{{source}}' leaves {{from}} (it resolves into {{to}}): import the other workspace by its package name and exports.",
    },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
  },
  create(context) {
    const options = context.options[0] as { root?: string } | undefined;
    const root = options?.root ?? context.cwd;
    const from = workspaceOfPath(root, context.filename);
    if (from === undefined) return {};
    const check = (node: Rule.Node, source: unknown): void => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      const to = workspaceOfPath(root, target);
      if (to !== from) {
        context.report({
          node,
          messageId: 'escape',
          data: { source, from, to: to ?? relative(root, target) },
        });
      }
    };
    return {
      ImportDeclaration: (node) => {
        check(node, node.source.value);
      },
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration: (node) => {
        check(node, node.source.value);
      },
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

/** The flat-config blocks for every workspace: one for its production code, one (later, so it wins) for its tests. */
export function boundaryConfigs(root: string): Linter.Config[] {
  const all = workspacesOf(root);
  const configs: Linter.Config[] = [
    {
      files: [
        'packages/**/*.{ts,tsx,js}',
        'services/**/*.{ts,tsx,js}',
        'tools/**/*.{ts,tsx,js}',
        'bench/**/*.{ts,js}',
        'e2e/**/*.{ts,js}',
      ],
      plugins: { spanstream: { rules: { 'no-workspace-escape': noWorkspaceEscape } } },
      rules: { 'spanstream/no-workspace-escape': ['error', { root }] },
    },
  ];
  for (const ws of all) {
    const files = [`${ws.dir}/**/*.{ts,tsx,js}`];
    configs.push({
      files,
      rules: { 'no-restricted-imports': ['error', { patterns: restrictions(ws, all, false) }] },
    });
    configs.push({
      files: TEST_FILES.map((glob) => `${ws.dir}/${glob}`),
      rules: { 'no-restricted-imports': ['error', { patterns: restrictions(ws, all, true) }] },
    });
  }
  return configs;
}
