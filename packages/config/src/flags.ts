import { suggest } from './issues.ts';
import type { ConfigIssue } from './issues.ts';
import type { Schema } from './schema.ts';

export interface FlagScan {
  /** Flag name → raw text; a repeated flag keeps its last value, as Go's pflag does. */
  readonly values: Map<string, string>;
  readonly configFile: string | undefined;
  readonly help: boolean;
  readonly issues: ConfigIssue[];
}

/**
 * Reads `--key=value`, `--key value` and, for booleans, a bare `--key` (which never consumes the next
 * argument, so `--query.enable-tracing --log-level debug` stays unambiguous).
 */
export function scanFlags(argv: readonly string[], schema: Schema): FlagScan {
  const values = new Map<string, string>();
  const issues: ConfigIssue[] = [];
  let configFile: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      issues.push({ key: arg, source: 'flag', message: 'unexpected argument (flags look like --key=value)' });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const option = schema[name];
    if (option === undefined && name !== 'config-file') {
      const near = suggest(name, Object.keys(schema));
      const hint = near === undefined ? '' : ` (did you mean --${near}?)`;
      issues.push({ key: `--${name}`, source: 'flag', message: `unknown flag${hint}` });
      continue;
    }
    let text: string;
    if (eq !== -1) {
      text = arg.slice(eq + 1);
    } else if (option?.type === 'bool') {
      text = 'true';
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      text = argv[++i]!;
    } else {
      issues.push({ key: `--${name}`, source: 'flag', message: 'missing value' });
      continue;
    }
    if (name === 'config-file') configFile = text;
    else values.set(name, text);
  }
  return { values, configFile, help, issues };
}
