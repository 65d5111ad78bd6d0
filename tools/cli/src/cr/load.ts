import { readFileSync } from 'node:fs';
import { checkCr } from './check.ts';
import { InvalidCrError } from './issue.ts';
import { parseCr } from './parse.ts';
import type { Jaeger } from './schema.ts';

/** Parses and checks a CR: the one gate `validate`, `up` and `render` all go through. */
export function loadCrText(text: string): Jaeger {
  const parsed = parseCr(text);
  if (!parsed.ok) throw new InvalidCrError(parsed.issues);
  const issues = checkCr(parsed.cr);
  if (issues.length > 0) throw new InvalidCrError(issues);
  return parsed.cr;
}

export function loadCrFile(path: string): Jaeger {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidCrError([
      { path: '', message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` },
    ]);
  }
  return loadCrText(text);
}
