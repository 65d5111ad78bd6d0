import { join } from 'node:path';
import { copyDependencies } from '../maven.ts';
import type { ServiceContext } from '../service.ts';

/** The classpath folder of a server resolved from its POM with copy-dependencies. */
export function libDir(ctx: ServiceContext): string {
  return join(ctx.paths.cache, 'lib');
}

export function classpath(ctx: ServiceContext): string {
  return `${libDir(ctx)}/*`;
}

export function provisionClasspath(server: string, ctx: ServiceContext): Promise<void> {
  return copyDependencies(server, ctx.version, libDir(ctx));
}

/** `-Xms/-Xmx`, overridable per server with e.g. SPANSTREAM_STACK_KAFKA_HEAP=1g. */
export function heapFlags(envName: string, fallback: string, env: NodeJS.ProcessEnv): string[] {
  const heap = env[envName] ?? fallback;
  return [`-Xms${heap}`, `-Xmx${heap}`];
}
