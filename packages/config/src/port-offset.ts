import type { HostPort } from './host-port.ts';
import type { ConfigIssue, Source } from './issues.ts';
import { opt } from './option.ts';
import { defineSchema, type Schema } from './schema.ts';

/** The key a schema includes (with `portOffsetConfig`) to have its listeners moved by `loadConfig`. */
const PORT_OFFSET = 'port-offset';

/**
 * `--port-offset` (env `PORT_OFFSET`): a second instance on the same host in one option. Added to the
 * default port of every listener (every `host-port` option) whose own flag, env var or file entry is
 * not given; a listener set explicitly stays where it is set, and port 0 stays 0.
 */
export const portOffsetConfig = defineSchema({
  [PORT_OFFSET]: opt.int({
    help: 'added to the default port of every listener not set by its own flag (a second instance: 1000 moves 16686 to 17686)',
    default: 0,
    min: 0,
    max: 65535,
  }),
});

/**
 * Moves the listeners left at their default by the schema's `port-offset` value, in place; an issue
 * for a port the offset pushes past 65535. Schemas without the key are left alone.
 */
export function applyPortOffset(
  schema: Schema,
  values: Record<string, unknown>,
  sources: Readonly<Record<string, Source>>,
): ConfigIssue[] {
  const offset = values[PORT_OFFSET];
  if (!(PORT_OFFSET in schema) || typeof offset !== 'number' || offset === 0) return [];
  const issues: ConfigIssue[] = [];
  for (const [key, option] of Object.entries(schema)) {
    const value = values[key] as HostPort | undefined;
    if (option.type !== 'host-port' || sources[key] !== 'default' || value === undefined || value.port === 0)
      continue;
    const port = value.port + offset;
    if (port > 65535) {
      issues.push({
        key: `--${PORT_OFFSET}`,
        source: sources[PORT_OFFSET] ?? 'default',
        message: `${offset} moves --${key} (default port ${value.port}) past 65535`,
      });
    } else values[key] = { ...value, port };
  }
  return issues;
}
