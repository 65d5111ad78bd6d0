import type { EsTransport } from '@spanstream/storage-elasticsearch';

/** One index as the maintenance jobs see it (Jaeger's `client.Index`). */
export interface EsIndex {
  readonly name: string;
  /** `index.creation_date`, ms since epoch. */
  readonly creationMs: number;
  /** Alias name → whether the alias names this index as its write index (`is_write_index`). */
  readonly aliases: ReadonlyMap<string, boolean | undefined>;
}

/** Jaeger's prefix form: '' or `<prefix>-` (a trailing `-` given by the user is kept once). */
export function normalizePrefix(prefix: string): string {
  return prefix === '' ? '' : `${prefix.replace(/-$/, '')}-`;
}

interface IndexInfo {
  readonly aliases?: Record<string, { readonly is_write_index?: boolean }>;
  readonly settings?: Record<string, string>;
}

/**
 * Every `<prefix>jaeger-*` index with its aliases and creation date, as Jaeger's `GetJaegerIndices`
 * (`GET <prefix>jaeger-*?flat_settings=true&filter_path=*.aliases,*.settings`).
 */
export async function listJaegerIndices(transport: EsTransport, prefix: string): Promise<EsIndex[]> {
  const response = await transport.request<Record<string, IndexInfo>>({
    method: 'GET',
    path: `/${normalizePrefix(prefix)}jaeger-*`,
    querystring: { flat_settings: true, filter_path: '*.aliases,*.settings.index.creation_date' },
  });
  return Object.entries(response.body).map(([name, info]) => ({
    name,
    creationMs: Number(info.settings?.['index.creation_date'] ?? 0),
    aliases: new Map(
      Object.entries(info.aliases ?? {}).map(([alias, options]) => [alias, options.is_write_index]),
    ),
  }));
}

/**
 * The index an alias writes to: the one marked `is_write_index`, or the only one holding it. Indices
 * that keep the alias with `is_write_index: false` after a rollover are not it.
 */
export function writeIndexOf(indices: readonly EsIndex[], alias: string): string | undefined {
  const holders = indices.filter((index) => index.aliases.has(alias));
  const marked = holders.find((index) => index.aliases.get(alias) === true);
  if (marked !== undefined) return marked.name;
  return holders.length === 1 && holders[0]!.aliases.get(alias) !== false ? holders[0]!.name : undefined;
}

/** Deletes indices in requests whose URL stays under 4000 characters, as Jaeger's `DeleteIndices`. */
export async function deleteIndices(
  transport: EsTransport,
  names: readonly string[],
  masterTimeoutSeconds: number,
): Promise<void> {
  let chunk: string[] = [];
  let length = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await transport.request({
      method: 'DELETE',
      path: `/${chunk.join(',')}`,
      querystring: { master_timeout: `${masterTimeoutSeconds}s`, ignore_unavailable: true },
    });
    chunk = [];
    length = 0;
  };
  for (const name of names) {
    if (length + name.length + 1 > 4000) await flush();
    chunk.push(name);
    length += name.length + 1;
  }
  await flush();
}

export interface AliasAction {
  readonly index: string;
  readonly alias: string;
  readonly isWriteIndex?: boolean;
}

/** `POST /_aliases` with `add` or `remove` actions, atomically. */
export async function updateAliases(
  transport: EsTransport,
  action: 'add' | 'remove',
  aliases: readonly AliasAction[],
): Promise<void> {
  if (aliases.length === 0) return;
  await transport.request({
    method: 'POST',
    path: '/_aliases',
    body: {
      actions: aliases.map(({ index, alias, isWriteIndex }) => ({
        [action]: { index, alias, ...(isWriteIndex === true && { is_write_index: true }) },
      })),
    },
  });
}
