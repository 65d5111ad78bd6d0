/** One row of the interop table. */
export interface CheckResult {
  readonly check: string;
  readonly ok: boolean;
  readonly detail: string;
}

export const pass = (check: string, detail: string): CheckResult => ({ check, ok: true, detail });
export const fail = (check: string, detail: string): CheckResult => ({ check, ok: false, detail });

/**
 * A check that threw: FAIL with the error's first line and, when the message goes on (a process's
 * output), its last line, so one broken step does not hide the others.
 */
export function failed(check: string, error: unknown): CheckResult {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    // Our services end a configuration error with this hint: the line before it says what is wrong.
    .filter((line) => line !== '' && !line.startsWith('Run with --help'));
  const [first = '', ...rest] = lines;
  const last = rest.at(-1);
  return fail(check, `error: ${first.replace(/:$/, '')}${last === undefined ? '' : `: ${logLine(last)}`}`);
}

/** A pino JSON line as its message (and error message); other lines as they are. */
export function logLine(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; err?: { message?: unknown } };
    const parts = [entry.msg, entry.err?.message].filter((part) => typeof part === 'string');
    if (parts.length > 0) return parts.join(': ');
  } catch {
    // not JSON
  }
  return line;
}

const MAX_DETAIL = 160;

/** `check | result | detail` as a Markdown table; long details are cut (the full text goes to the log). */
export function formatTable(results: readonly CheckResult[]): string {
  const rows = results.map((r) => [r.check, r.ok ? 'PASS' : 'FAIL', cut(r.detail)] as const);
  const header = ['check', 'result', 'detail'] as const;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function cut(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}

/** Exit code of the suite: 0 only when every check passed (and there was at least one). */
export const exitCode = (results: readonly CheckResult[]): number =>
  results.length > 0 && results.every((r) => r.ok) ? 0 : 1;
