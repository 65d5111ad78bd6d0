import { readFileSync } from 'node:fs';
import { StorageError } from '@spanstream/storage-api';
import type { EsTransport } from './client.ts';
import type { IndexKind, IndexNames } from './index-names.ts';
import type { EsOptions } from './options.ts';

export interface TemplateBody {
  readonly settings: Record<string, unknown>;
  readonly mappings: Record<string, unknown>;
}

const SCHEMAS = new URL('../../../schemas/elasticsearch/', import.meta.url);
export const INDEX_KINDS: readonly IndexKind[] = ['span', 'service', 'dependencies', 'sampling'];

/** The mapping and static settings of one index kind, as kept in `schemas/elasticsearch/`. */
export function loadTemplateBody(kind: IndexKind): TemplateBody {
  return JSON.parse(readFileSync(new URL(`jaeger-${kind}.json`, SCHEMAS), 'utf8')) as TemplateBody;
}

/**
 * A composable index template (`PUT _index_template/<name>`, ES ≥ 7.8 and OpenSearch ≥ 1.0), as
 * Jaeger's `jaeger-<kind>-8.json`: shards and replicas from the options, priority one above the
 * configured one, so that it wins over Jaeger's template of the same configured priority on the
 * same patterns (Elasticsearch applies only the highest; equal priorities would be refused).
 */
export function renderTemplate(
  kind: IndexKind,
  names: IndexNames,
  options: EsOptions,
): Record<string, unknown> {
  const body = loadTemplateBody(kind);
  const priority =
    kind === 'span'
      ? options.priorities.span
      : kind === 'service'
        ? options.priorities.service
        : options.priorities.dependencies;
  return {
    priority: priority + 1,
    index_patterns: [names.pattern(kind)],
    template: {
      settings: {
        'index.number_of_shards': options.numShards,
        'index.number_of_replicas': options.numReplicas,
        ...body.settings,
      },
      mappings: body.mappings,
    },
  };
}

/** Installs the four templates (Jaeger's `--es.create-index-templates`). */
export async function createIndexTemplates(
  transport: EsTransport,
  names: IndexNames,
  options: EsOptions,
): Promise<void> {
  for (const kind of INDEX_KINDS) {
    await transport.request({
      method: 'PUT',
      path: `/_index_template/${names.template(kind)}`,
      body: renderTemplate(kind, names, options),
    });
  }
  await addExtensionMappings(transport, names);
}

/**
 * Adds Spanstream's extension fields (`otlpTags`, `process.otlpTags`) to span indices that exist
 * already (created by an older Spanstream or under Jaeger's template), so searches on them and
 * documents carrying them map alike everywhere. A field already mapped otherwise is left alone.
 */
async function addExtensionMappings(transport: EsTransport, names: IndexNames): Promise<void> {
  const properties = (loadTemplateBody('span').mappings as { properties: Record<string, Mapping> })
    .properties;
  const processProperties = properties['process']!.properties!;
  const referenceProperties = properties['references']!.properties!;
  const put = (body: unknown) =>
    transport.request(
      {
        method: 'PUT',
        path: `/${names.pattern('span')}/_mapping`,
        querystring: { ignore_unavailable: true, allow_no_indices: true },
        body,
      },
      [400, 404],
    );
  await put({
    properties: {
      otlpTags: properties['otlpTags'],
      process: { properties: { otlpTags: processProperties['otlpTags'] } },
    },
  });
  // Jaeger maps `references` with `dynamic: false`: link attributes need their own mapping there.
  await put({
    properties: { references: { type: 'nested', properties: { tags: referenceProperties['tags'] } } },
  });
}

interface Mapping {
  readonly type?: string;
  readonly properties?: Record<string, Mapping>;
}

/**
 * For `--es.use-aliases`: when `<base>-write` does not exist yet, creates `<base>-000001` with the
 * `-read` and `-write` aliases, as `jaeger-es-rollover init` does. Jaeger leaves this to the
 * rollover tool; Spanstream does it at start so the store works in that mode out of the box.
 */
export async function ensureAliases(
  transport: EsTransport,
  names: IndexNames,
  archive = false,
): Promise<void> {
  const bases = archive
    ? [names.archiveIndex()]
    : (['span', 'service', 'dependencies'] as const).map((kind) => names.base(kind));
  for (const base of bases) {
    const exists = await transport.request({ method: 'HEAD', path: `/_alias/${base}-write` }, [404]);
    if (exists.statusCode === 200) continue;
    const created = await transport.request<{ error?: { type?: string; reason?: string } }>(
      {
        method: 'PUT',
        path: `/${base}-000001`,
        body: { aliases: { [`${base}-read`]: {}, [`${base}-write`]: { is_write_index: true } } },
      },
      [400],
    );
    // resource_already_exists_exception: another instance won the race, which is fine.
    if (created.statusCode === 400 && created.body.error?.type !== 'resource_already_exists_exception') {
      const reason = `${created.body.error?.type ?? 'error'}: ${created.body.error?.reason ?? ''}`;
      throw new StorageError('invalid', `cannot create ${base}-000001 with its aliases: ${reason}`);
    }
  }
}
