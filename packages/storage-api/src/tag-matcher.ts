/**
 * Tag value matching for trace search, with Elasticsearch semantics where Jaeger's ES backend
 * has them: Jaeger sends each searched tag value as an ES `regexp` query, which is anchored
 * (it must match the whole value) and uses Lucene's regular expression syntax. So `same.*`
 * matches `samevalue` and `same\*` matches only the literal `same*`.
 *
 * The memory store matches a value when it is equal to the searched string (Jaeger's memory
 * store) or when the searched string, read as a Lucene regexp, matches it (Jaeger's ES store).
 * Lucene's optional operators `~` (complement), `&` (intersection) and `<n-m>` (numeric
 * interval) have no JavaScript equivalent: a search string using them is matched literally only.
 */
export type ValueMatcher = (value: string) => boolean;

/** Lucene regexp operators and escapes: a searched value without any can only match an equal value. */
const REGEXP_SYNTAX = /[.?+*|{}[\]()"\\#@&<>~]/;

/** Whether a searched value is a plain literal (so exact-match indexes and `term` queries suffice). */
export function isLiteralSearchValue(search: string): boolean {
  return !REGEXP_SYNTAX.test(search);
}

export function compileValueMatcher(search: string): ValueMatcher {
  const regexp = isLiteralSearchValue(search) ? undefined : luceneRegexpToRegExp(search);
  if (!regexp) return (value) => value === search;
  return (value) => value === search || regexp.test(value);
}

// Characters that are literals in Lucene but operators in JavaScript RegExp (outside classes).
const JS_ONLY_SPECIAL = new Set(['^', '$', '/']);
const UNSUPPORTED = new Set(['~', '&', '<', '>']);

/** Anchored JavaScript equivalent of a Lucene regexp, or undefined when it cannot be expressed. */
export function luceneRegexpToRegExp(pattern: string): RegExp | undefined {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) return undefined;
      out += escapeLiteral(next);
    } else if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      if (end < 0) return undefined;
      out += `(?:${pattern.slice(i + 1, end).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')})`;
      i = end;
    } else if (ch === '[') {
      const cls = readClass(pattern, i);
      if (!cls) return undefined;
      out += cls.source;
      i = cls.end;
    } else if (ch === '.') out += '[\\s\\S]';
    else if (ch === '@') out += '[\\s\\S]*';
    else if (ch === '#') out += '(?!)';
    else if (UNSUPPORTED.has(ch)) return undefined;
    else if (JS_ONLY_SPECIAL.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  try {
    return new RegExp(`^(?:${out})$`, 'u');
  } catch {
    return undefined; // not a valid regexp: ES would reject it; we fall back to equality.
  }
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** A Lucene character class `[...]` (with `^` negation, ranges and `\` escapes) as a JS class. */
function readClass(pattern: string, start: number): { source: string; end: number } | undefined {
  let source = '[';
  let i = start + 1;
  if (pattern[i] === '^') {
    source += '^';
    i++;
  }
  for (; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === ']') return { source: `${source}]`, end: i };
    if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) return undefined;
      source += escapeLiteral(next);
    } else if (ch === '-') source += '-';
    else source += /[[\]^\\]/.test(ch) ? `\\${ch}` : ch;
  }
  return undefined;
}
