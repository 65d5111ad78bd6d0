import { envName, loadConfig, type ConfigValues, type Schema } from '@spanstream/config';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * A command's arguments, Jaeger's way (cobra): positional arguments (`NUM_DAYS URL`) anywhere among
 * `--flag value`, `--flag=value` and bare boolean flags; then the flags are loaded with
 * @spanstream/config (flags > env), which checks every value and names the offending one.
 */
export function parseCommandArgs<S extends Schema>(
  schema: S,
  argv: readonly string[],
  env: Env,
): { readonly positionals: string[]; readonly values: ConfigValues<S> } {
  const positionals: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    flags.push(arg);
    const option = schema[arg.slice(2)];
    const takesNext = !arg.includes('=') && option !== undefined && option.type !== 'bool';
    if (takesNext && i + 1 < argv.length) flags.push(argv[++i]!);
  }
  // Only this command's own variables (ES_USERNAME, INDEX_PREFIX…): others sharing a prefix
  // (ES_SERVER_URLS of a service's environment) are not this command's business.
  const known = new Set(Object.keys(schema).map(envName));
  const ownEnv = Object.fromEntries(Object.entries(env).filter(([name]) => known.has(name)));
  const outcome = loadConfig(schema, { argv: flags, env: ownEnv });
  if (outcome.kind === 'error')
    throw new Error(outcome.error.issues.map((issue) => `${issue.key}: ${issue.message}`).join('; '));
  if (outcome.kind === 'help') throw new Error('--help is handled before parsing');
  return { positionals, values: outcome.values };
}

/** A non-negative integer positional argument; throws naming it. */
export function parseNonNegativeInt(name: string, text: string | undefined): number {
  if (text === undefined) throw new Error(`missing ${name}`);
  if (!/^-?\d+$/.test(text.trim())) throw new Error(`${name} must be an integer, got "${text}"`);
  const value = Number(text);
  if (value < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return value;
}
