import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../src/paths.ts';
import { services, versionOf } from '../src/services.ts';

// compose.yaml cannot run here (no Docker engine): this checks its structure, and that its backing services
// use the stack script's ports and versions.

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  profiles?: string[];
  ports?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string; required?: boolean }>;
}

const compose = parse(readFileSync(join(repoRoot, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const components = ['all-in-one', 'collector', 'ingester', 'query', 'aggregator'];

function hostPorts(service: ComposeService): number[] {
  return (service.ports ?? []).map((mapping) => Number(mapping.split(':').at(-2)));
}

function tag(image: string | undefined): string {
  return image?.slice(image.lastIndexOf(':') + 1) ?? '';
}

describe('compose.yaml backing services', () => {
  it.each(services.map((s) => [s.name, s] as const))('%s matches the stack script', (name, stackService) => {
    const service = compose.services[name];
    expect(service, `compose.yaml has no service ${name}`).toBeDefined();
    expect(service?.image).toMatch(/^[\w./-]+:[\w.-]+$/);
    expect(hostPorts(service ?? {})).toEqual([stackService.port]);
    expect(service?.healthcheck?.test?.length).toBeGreaterThan(1);
    expect(service?.profiles?.length).toBeGreaterThan(0);
    const version = versionOf(stackService, {});
    // Redis comes from apt (Debian 12: 7.0.x); compare when it is installed.
    if (name === 'redis' && !/^\d/.test(version)) return;
    expect(
      version.startsWith(tag(service?.image)),
      `${name}: image tag ${tag(service?.image)} vs stack ${version}`,
    ).toBe(true);
  });
});

describe('compose.yaml Spanstream services', () => {
  it('has the three strategies as profiles', () => {
    const profiles = new Set(Object.values(compose.services).flatMap((s) => s.profiles ?? []));
    for (const profile of ['allInOne', 'production', 'streaming']) expect(profiles).toContain(profile);
  });

  it.each(components)('%s: built from the Dockerfile, runs its component, has a healthcheck', (name) => {
    const service = compose.services[name];
    expect(service?.build).toBeDefined();
    expect(service?.image).toBe('spanstream:dev');
    expect(service?.command).toEqual([name]);
    expect(service?.healthcheck?.test?.length).toBeGreaterThan(1);
    expect(service?.ports?.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(compose.services))(
    '%s: depends only on healthy services it shares a profile with',
    (name) => {
      const service = compose.services[name] ?? {};
      for (const [dependency, options] of Object.entries(service.depends_on ?? {})) {
        const target = compose.services[dependency];
        expect(target, `${name} depends on unknown ${dependency}`).toBeDefined();
        expect(options.condition).toBe('service_healthy');
        expect(target?.healthcheck).toBeDefined();
        const shared = (service.profiles ?? []).filter((p) => (target?.profiles ?? []).includes(p));
        const everyProfile = shared.length === (service.profiles ?? []).length;
        // A dependency missing from some of the service's profiles must be marked optional.
        expect(everyProfile || options.required === false, `${name} -> ${dependency}`).toBe(true);
      }
    },
  );
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');

  it('is multi-stage on Node 24 and runs as a non-root user', () => {
    const stages = dockerfile.match(/^FROM /gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^FROM node:24/m);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
  });

  it.each(components)('has an entry point for %s that runs what its npm script runs', (name) => {
    const entrypoint = /^ENTRYPOINT (.*)$/m.exec(dockerfile)?.[1] ?? '';
    expect(entrypoint).toContain(name);
    const scripts = (
      JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const script = name === 'all-in-one' ? scripts['start'] : scripts[name];
    // The npm script is `node [node flags] services/<name>/<src/main.ts | dist/main.js>` (the collector
    // runs its bundle); the image runs the same file with the same flags.
    const match = new RegExp(`^node ((?:--\\S+ )*)(services/${name}/(?:src/main\\.ts|dist/main\\.js))$`).exec(
      script ?? '',
    );
    expect(match, `npm script for ${name}: ${script}`).not.toBeNull();
    const flags = match![1]!.trim();
    const file = match![2]!;
    if (flags === '' && file.endsWith('src/main.ts')) expect(entrypoint).toContain('services/$0/src/main.ts');
    else expect(entrypoint).toContain(`exec node ${flags === '' ? '' : `${flags} `}${file}`);
    // A bundle is built in the image (dist/ is not in the build context).
    if (file.endsWith('dist/main.js'))
      expect(dockerfile).toContain(`node services/${name}/scripts/ensure-built.ts`);
  });
});
