import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { formatPath, type CrIssue } from './issue.ts';
import { jaegerSchema, type Jaeger } from './schema.ts';

export type Parsed =
  { readonly ok: true; readonly cr: Jaeger } | { readonly ok: false; readonly issues: CrIssue[] };

/** YAML text → a schema-checked Jaeger resource, or every problem with its path. */
export function parseCr(text: string): Parsed {
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents)) return { ok: false, issues: [{ path: '', message: 'empty document' }] };
  const nonEmpty = documents.filter((d) => d.contents !== null);
  const syntax = nonEmpty.flatMap((d) => d.errors);
  if (syntax.length > 0) {
    return {
      ok: false,
      issues: syntax.map((e) => ({
        path: e.linePos === undefined ? '' : `line ${String(e.linePos[0].line)}`,
        message: `YAML: ${e.message.split('\n')[0] ?? e.code}`,
      })),
    };
  }
  if (nonEmpty.length !== 1) {
    return {
      ok: false,
      issues: [{ path: '', message: `expected one YAML document, found ${String(nonEmpty.length)}` }],
    };
  }
  const result = jaegerSchema.safeParse(nonEmpty[0]!.toJS());
  if (result.success) return { ok: true, cr: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toCrIssues) };
}

function toCrIssues(issue: z.core.$ZodIssue): CrIssue[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'unknown field',
      }));
    case 'invalid_value':
      return [{ path, message: `expected one of ${issue.values.map(String).join('|')}` }];
    case 'invalid_type':
      return [
        {
          path,
          message: issue.message.endsWith('received undefined') ? 'required' : `expected ${issue.expected}`,
        },
      ];
    case 'invalid_union':
      return [{ path, message: 'invalid value' }];
    default:
      return [{ path, message: issue.message }];
  }
}
