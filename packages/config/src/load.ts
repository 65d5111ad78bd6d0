import { scanEnv } from './env-source.ts';
import type { Env } from './env-source.ts';
import { readUtf8, scanFile } from './file-source.ts';
import type { ReadFile } from './file-source.ts';
import { scanFlags } from './flags.ts';
import { renderHelp } from './help.ts';
import { ConfigError } from './issues.ts';
import type { ConfigIssue, Source } from './issues.ts';
import type { Option } from './option.ts';
import { applyPortOffset } from './port-offset.ts';
import { envName } from './schema.ts';
import type { ConfigValues, Schema } from './schema.ts';
import { SECRET_KEY, redactUrlCredentials } from './redact.ts';

export interface LoadInput {
  /** Command-line arguments without node and the script (`process.argv.slice(2)`). */
  readonly argv: readonly string[];
  readonly env: Env;
  /** Injected for tests; reads the file from disk by default. */
  readonly readFile?: ReadFile;
  /** Env var names never reported as unknown even though they share a prefix with our keys. */
  readonly ignoreEnv?: readonly string[];
  /** Program name for `--help`. */
  readonly program?: string;
}

export interface LoadedConfig<S extends Schema> {
  readonly values: ConfigValues<S>;
  /** Where each key's value came from (for the startup log and `print-config`). */
  readonly sources: { readonly [K in keyof S]: Source };
}

export type ConfigOutcome<S extends Schema> =
  | ({ readonly kind: 'ok' } & LoadedConfig<S>)
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'error'; readonly error: ConfigError };

/**
 * Resolves every key of `schema`: flags > env vars > YAML file (`--config-file` or `CONFIG_FILE`) >
 * defaults. Every value present in any source is validated, so a bad value is reported even where a
 * higher source overrides it; all problems are returned together.
 */
export function loadConfig<S extends Schema>(schema: S, input: LoadInput): ConfigOutcome<S> {
  const flags = scanFlags(input.argv, schema);
  if (flags.help) return { kind: 'help', text: renderHelp(schema, input.program ?? 'spanstream') };
  const env = scanEnv(input.env, schema, input.ignoreEnv);
  const issues: ConfigIssue[] = [...flags.issues, ...env.issues];
  const filePath = flags.configFile ?? emptyToUndefined(input.env['CONFIG_FILE']);
  const file = filePath === undefined ? undefined : scanFile(filePath, schema, input.readFile ?? readUtf8);
  if (file !== undefined) issues.push(...file.issues);

  const values: Record<string, unknown> = {};
  const sources: Record<string, Source> = {};
  for (const [key, option] of Object.entries(schema)) {
    const candidates: [Source, string, () => ReturnType<Option<unknown>['parse']>][] = [];
    const flag = flags.values.get(key);
    if (flag !== undefined) candidates.push(['flag', `--${key}`, () => option.parse(flag)]);
    const fromEnv = env.values.get(key);
    if (fromEnv !== undefined) candidates.push(['env', envName(key), () => option.parse(fromEnv)]);
    if (file?.values.has(key) === true) {
      candidates.push(['file', key, () => option.fromYaml(file.values.get(key))]);
    }
    values[key] = option.default;
    sources[key] = 'default';
    // Walk from lowest to highest precedence so the last valid one wins, checking each on the way.
    for (const [source, name, parse] of candidates.reverse()) {
      const parsed = parse();
      if (parsed.ok) {
        values[key] = parsed.value;
        sources[key] = source;
      } else {
        const raw = source === 'flag' ? flag : source === 'env' ? fromEnv : file?.values.get(key);
        issues.push({
          key: name,
          source,
          message: `invalid value ${show(raw)}: expected ${parsed.expected}`,
        });
      }
    }
  }
  issues.push(...applyPortOffset(schema, values, sources));
  if (issues.length > 0) return { kind: 'error', error: new ConfigError(issues) };
  return { kind: 'ok', values: values as ConfigValues<S>, sources: sources as LoadedConfig<S>['sources'] };
}

/**
 * For `main.ts`: prints help and exits 0 on `--help`, prints every problem and exits 1 on bad input,
 * otherwise returns the values.
 */
export function loadConfigOrExit<S extends Schema>(
  schema: S,
  input: Partial<LoadInput> & { readonly program: string },
): LoadedConfig<S> {
  const outcome = loadConfig(schema, {
    argv: process.argv.slice(2),
    env: process.env,
    ...input,
  });
  if (outcome.kind === 'help') {
    process.stdout.write(outcome.text);
    process.exit(0);
  }
  if (outcome.kind === 'error') {
    const message = redactUrlCredentials(outcome.error.message);
    process.stderr.write(`${input.program}: ${message}\nRun with --help for the options.\n`);
    process.exit(1);
  }
  return outcome;
}

/** `key → "value (source)"`, for one startup log line that shows the effective configuration. */
export function describeConfig<S extends Schema>(schema: S, config: LoadedConfig<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, option] of Object.entries(schema)) {
    const value: unknown = (config.values as Record<string, unknown>)[key];
    // Credentials never reach the logs: secret keys are hidden, and so is the user-info of any URL value.
    const text =
      value === undefined
        ? '(unset)'
        : SECRET_KEY.test(key)
          ? '(redacted)'
          : redactUrlCredentials(option.format(value));
    out[key] = `${text} (${(config.sources as Record<string, Source>)[key]!})`;
  }
  return out;
}

const emptyToUndefined = (text: string | undefined): string | undefined => (text === '' ? undefined : text);

const show = (raw: unknown): string =>
  typeof raw === 'string' ? JSON.stringify(raw) : (JSON.stringify(raw) ?? String(raw));
