import { envName } from './schema.ts';
import type { Schema } from './schema.ts';

const TYPE_LABEL: Readonly<Record<string, string>> = {
  'string-list': 'list',
  'byte-size': 'bytes',
  'host-port': 'host:port',
};

/** Go-flag-style help: one option per entry, its env var, type and default. */
export function renderHelp(schema: Schema, program: string): string {
  const lines = [
    `Usage: ${program} [--key=value | --key value ...] [--config-file=config.yaml]`,
    '',
    'Every option can also be set with its environment variable or in the YAML config file',
    '(nested or dotted keys). Precedence: flags > environment > config file > defaults.',
    '',
    'Options:',
    '  --config-file string',
    '        YAML configuration file [env CONFIG_FILE]',
    '  --help',
    '        print this help and exit',
  ];
  for (const key of Object.keys(schema).sort()) {
    const option = schema[key]!;
    const label = option.choices?.join('|') ?? TYPE_LABEL[option.type] ?? option.type;
    const shown =
      option.default === undefined ? '' : ` (default ${JSON.stringify(option.format(option.default))})`;
    lines.push(`  --${key} ${label}`, `        ${option.help}${shown} [env ${envName(key)}]`);
  }
  return `${lines.join('\n')}\n`;
}
