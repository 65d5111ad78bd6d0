import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChecked } from './proc.ts';
import { isComplete, markComplete } from './maven.ts';

/**
 * Unpacks a .zip or .tar.gz distribution whose entries sit in one top folder, so that `target` is that folder.
 * Skips the work when `target` is already complete.
 */
export async function unpackDistribution(archive: string, target: string): Promise<void> {
  if (isComplete(target)) return;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  if (archive.endsWith('.zip')) await runChecked('unzip', ['-q', archive, '-d', partial]);
  else await runChecked('tar', ['-xzf', archive, '-C', partial]);
  const entries = readdirSync(partial);
  const root = entries.length === 1 && entries[0] !== undefined ? join(partial, entries[0]) : partial;
  markComplete(root);
  rmSync(target, { recursive: true, force: true });
  renameSync(root, target);
  rmSync(partial, { recursive: true, force: true });
}

/** The one file in `dir` whose name ends with `suffix`. */
export function findFile(dir: string, suffix: string): string {
  const match = readdirSync(dir).find((name) => name.endsWith(suffix));
  if (match === undefined) throw new Error(`no *${suffix} in ${dir}`);
  return join(dir, match);
}
