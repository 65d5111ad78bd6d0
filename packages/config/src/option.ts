import { formatByteSize, parseByteSize } from './byte-size.ts';
import { formatDuration, parseDuration } from './duration.ts';
import type { Duration } from './duration.ts';
import { formatHostPort, parseHostPort } from './host-port.ts';
import type { HostPort } from './host-port.ts';

export type OptionType =
  'string' | 'int' | 'float' | 'bool' | 'enum' | 'string-list' | 'duration' | 'byte-size' | 'host-port';

/** Either the parsed value or what was expected, for an error message that names the key and source. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly expected: string };

/** One configuration key. `T` includes `undefined` when the option has no default. */
export interface Option<T> {
  readonly type: OptionType;
  readonly help: string;
  readonly default: T;
  /** Allowed values of an enum, for help and errors. */
  readonly choices?: readonly string[];
  /** From a flag or env var (always text). */
  parse(text: string): Parsed<T>;
  /** From a YAML file, where numbers, booleans and lists arrive typed. */
  fromYaml(value: unknown): Parsed<T>;
  /** For `--help` and the startup log. */
  format(value: T): string;
}

export type ValueOf<O> = O extends Option<infer T> ? T : never;

interface Spec<T> {
  readonly help: string;
  readonly default?: T | string;
}

interface Kind<T> {
  readonly type: OptionType;
  readonly expected: string;
  readonly parse: (text: string) => T | undefined;
  readonly format: (value: T) => string;
  readonly choices?: readonly string[];
  readonly yaml?: (value: unknown) => T | undefined;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

// Builds an option from its kind. A default given as text is parsed now: a bad default is a programming
// error and throws at import time, long before any user input is read.
function build<T>(kind: Kind<T>, spec: Spec<T>, validate?: (value: T) => string | undefined): Option<T> {
  const fail: Parsed<T> = { ok: false, expected: kind.expected };
  const check = (value: T | undefined): Parsed<T> => {
    if (value === undefined) return fail;
    const problem = validate?.(value);
    return problem === undefined ? ok(value) : { ok: false, expected: problem };
  };
  const parse = (text: string): Parsed<T> => check(kind.parse(text));
  const fromYaml = (value: unknown): Parsed<T> => {
    const typed = kind.yaml?.(value);
    if (typed !== undefined) return check(typed);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return parse(String(value));
    }
    return fail;
  };
  let initial: T | undefined;
  if (typeof spec.default === 'string' && kind.type !== 'string' && kind.type !== 'enum') {
    const parsed = parse(spec.default);
    if (!parsed.ok) throw new TypeError(`bad default "${spec.default}": ${parsed.expected}`);
    initial = parsed.value;
  } else {
    initial = spec.default as T | undefined;
  }
  return {
    type: kind.type,
    help: spec.help,
    default: initial as T,
    ...(kind.choices === undefined ? {} : { choices: kind.choices }),
    parse,
    fromYaml,
    format: kind.format,
  };
}

// Overload pair shared by every builder: with a default the value is always there, without it may be
// undefined (the service decides what "not set" means).
interface Builder<T, Extra = object> {
  (spec: Extra & { readonly help: string; readonly default: T | string }): Option<T>;
  (spec: Extra & { readonly help: string; readonly default?: undefined }): Option<T | undefined>;
}

const INT = /^[-+]?\d+$/;
const FLOAT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

const kinds = {
  string: { type: 'string', expected: 'a string', parse: (t) => t, format: (v) => v } satisfies Kind<string>,
  int: {
    type: 'int',
    expected: 'an integer',
    parse: (t) => (INT.test(t.trim()) && Number.isSafeInteger(Number(t)) ? Number(t) : undefined),
    format: String,
  } satisfies Kind<number>,
  float: {
    type: 'float',
    expected: 'a number',
    parse: (t) => (FLOAT.test(t.trim()) ? Number(t) : undefined),
    format: String,
  } satisfies Kind<number>,
  bool: {
    type: 'bool',
    expected: 'true or false',
    parse: (t) => ({ true: true, '1': true, false: false, '0': false })[t.trim().toLowerCase()],
    format: String,
  } satisfies Kind<boolean>,
  duration: {
    type: 'duration',
    expected: 'a duration such as 500ms, 1m30s or 2h',
    parse: parseDuration,
    format: formatDuration,
  } satisfies Kind<Duration>,
  byteSize: {
    type: 'byte-size',
    expected: 'a byte size such as 1048576, 512KiB or 4MiB',
    parse: parseByteSize,
    format: formatByteSize,
  } satisfies Kind<number>,
  hostPort: {
    type: 'host-port',
    expected: 'host:port or :port',
    parse: parseHostPort,
    format: formatHostPort,
  } satisfies Kind<HostPort>,
  stringList: {
    type: 'string-list',
    expected: 'a comma-separated list',
    parse: (t) =>
      t
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    format: (v) => v.join(','),
    yaml: (v) =>
      Array.isArray(v) && v.every((e) => ['string', 'number', 'boolean'].includes(typeof e))
        ? v.map(String)
        : undefined,
  } satisfies Kind<readonly string[]>,
};

type NumberBounds = { readonly min?: number; readonly max?: number };

function bounds({ min, max }: NumberBounds): ((v: number) => string | undefined) | undefined {
  if (min === undefined && max === undefined) return undefined;
  return (v) =>
    (min !== undefined && v < min) || (max !== undefined && v > max)
      ? `a value ${min === undefined ? '' : `>= ${min}`}${min !== undefined && max !== undefined ? ' and ' : ''}${max === undefined ? '' : `<= ${max}`}`
      : undefined;
}

/**
 * A listen address that an empty value turns off (Jaeger's convention, e.g. `--collector.zipkin.host-port=`):
 * `undefined` means "do not listen".
 */
function hostPortOrOff(spec: {
  readonly help: string;
  readonly default: string;
}): Option<HostPort | undefined> {
  const base = build(kinds.hostPort, { help: `${spec.help} (empty = off)` });
  const parse = (text: string): Parsed<HostPort | undefined> =>
    text.trim() === '' ? ok(undefined) : base.parse(text);
  const initial = parse(spec.default);
  if (!initial.ok) throw new TypeError(`bad default "${spec.default}": ${initial.expected}`);
  return {
    ...base,
    default: initial.value,
    parse,
    fromYaml: (value) => (value === '' || value === null ? ok(undefined) : base.fromYaml(value)),
    format: (value) => (value === undefined ? '' : formatHostPort(value)),
  };
}

/** Option builders: `opt.int({ help: 'queue size in spans', default: 2000, min: 1 })`. */
export const opt = {
  string: ((spec: Spec<string>) => build(kinds.string, spec)) as Builder<string>,
  int: ((spec: Spec<number> & NumberBounds) => build(kinds.int, spec, bounds(spec))) as Builder<
    number,
    NumberBounds
  >,
  float: ((spec: Spec<number> & NumberBounds) => build(kinds.float, spec, bounds(spec))) as Builder<
    number,
    NumberBounds
  >,
  bool: ((spec: Spec<boolean>) => build(kinds.bool, spec)) as Builder<boolean>,
  duration: ((spec: Spec<Duration>) => build(kinds.duration, spec)) as Builder<Duration>,
  byteSize: ((spec: Spec<number>) => build(kinds.byteSize, spec)) as Builder<number>,
  hostPort: ((spec: Spec<HostPort>) => build(kinds.hostPort, spec)) as Builder<HostPort>,
  hostPortOrOff,
  stringList: ((spec: Spec<readonly string[]>) => build(kinds.stringList, spec)) as Builder<
    readonly string[]
  >,
  /**
   * One of `choices`. A choice listed in `unsupported` (a Jaeger value this implementation cannot
   * honour) is refused with its reason, so the service exits with one clear line at startup.
   */
  enum: <const C extends readonly string[]>(
    choices: C,
    spec: {
      readonly help: string;
      readonly default: C[number];
      readonly unsupported?: Partial<Record<C[number], string>>;
    },
  ): Option<C[number]> =>
    build<C[number]>(
      {
        type: 'enum',
        expected: `one of ${choices.join(', ')}`,
        choices,
        parse: (t) => choices.find((c) => c === t.trim()),
        format: (v) => v,
      },
      spec,
      (value) => spec.unsupported?.[value],
    ),
};
