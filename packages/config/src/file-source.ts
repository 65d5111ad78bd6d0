import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { suggest } from './issues.ts';
import type { ConfigIssue } from './issues.ts';
import type { Schema } from './schema.ts';

export type ReadFile = (path: string) => string;

export const readUtf8: ReadFile = (path) => readFileSync(path, 'utf8');

export interface FileScan {
  /** Dotted key → the YAML value (typed: number, boolean, list, string). */
  readonly values: Map<string, unknown>;
  readonly issues: ConfigIssue[];
}

/**
 * Reads a YAML config file whose keys are the flag names, nested (`es: {server-urls: [...]}`), dotted
 * (`es.server-urls: ...`) or mixed.
 */
export function scanFile(path: string, schema: Schema, readFile: ReadFile): FileScan {
  const values = new Map<string, unknown>();
  const issues: ConfigIssue[] = [];
  const source = 'file';
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ key: 'config-file', source, message: `cannot read ${path}: ${reason}` });
    return { values, issues };
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const reason = document.errors.map((e) => e.message).join('; ');
    issues.push({ key: 'config-file', source, message: `${path} is not valid YAML: ${reason}` });
    return { values, issues };
  }
  const root: unknown = document.toJS();
  if (root === null || root === undefined) return { values, issues };
  if (!isMapping(root)) {
    issues.push({ key: 'config-file', source, message: `${path} must hold a mapping of keys to values` });
    return { values, issues };
  }
  flatten(root, '', schema, values, (key) => {
    const near = suggest(key, Object.keys(schema));
    const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
    issues.push({ key, source, message: `unknown key in ${path}${hint}` });
  });
  return { values, issues };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A known key is a leaf whatever its YAML type (the option then rejects a mapping with a clear message);
// an unknown key holding a mapping is a nesting level.
function flatten(
  node: Record<string, unknown>,
  prefix: string,
  schema: Schema,
  out: Map<string, unknown>,
  unknown: (key: string) => void,
): void {
  for (const [name, value] of Object.entries(node)) {
    const key = prefix + name;
    if (schema[key] !== undefined) out.set(key, value);
    else if (isMapping(value)) flatten(value, `${key}.`, schema, out, unknown);
    else unknown(key);
  }
}
