import type { Client } from 'cassandra-driver';
import { EXTRAS_COLUMN } from './dbmodel.ts';

const HAS_COLUMN =
  'SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ? AND column_name = ?';

/**
 * Makes sure `traces` has Spanstream's `EXTRAS_COLUMN` (a keyspace Jaeger created lacks it) and says
 * whether it has. Adding it is idempotent and harmless to Jaeger, whose statements name their
 * columns. When the ALTER is refused (no permission), one warning and false: the extras then stay
 * among the tags, as before the column existed.
 */
export async function ensureExtrasColumn(
  client: Client,
  keyspace: string,
  warn: (message: string) => void,
): Promise<boolean> {
  const hasColumn = async (): Promise<boolean> =>
    (await client.execute(HAS_COLUMN, [keyspace, 'traces', EXTRAS_COLUMN], { prepare: true })).rowLength > 0;
  if (await hasColumn()) return true;
  try {
    await client.execute(`ALTER TABLE ${keyspace}.traces ADD ${EXTRAS_COLUMN} list<frozen<keyvalue>>`, [], {
      prepare: false,
    });
    return true;
  } catch (error) {
    // Another instance may have added it meanwhile ("conflicts with an existing column").
    if (await hasColumn()) return true;
    warn(
      `cassandra: cannot add column ${EXTRAS_COLUMN} to ${keyspace}.traces (${(error as Error).message}); ` +
        'OTLP extras and link attributes stay among the span tags, where Jaeger shows them',
    );
    return false;
  }
}
