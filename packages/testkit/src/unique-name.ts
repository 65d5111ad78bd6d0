import { randomBytes } from 'node:crypto';

/** A lowercase name no other test run uses: for topics, indices, keyspaces, queues. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}
