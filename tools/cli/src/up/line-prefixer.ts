import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** Copies each line of `stream` to `write`, prefixed with the process name (one combined log). */
export function prefixLines(stream: Readable, prefix: string, write: (line: string) => void): void {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    write(`${prefix} | ${line}\n`);
  });
}
