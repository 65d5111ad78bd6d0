import {
  IndexNames,
  renderTemplate,
  resolveEsOptions,
  type EsTransport,
  type IndexKind,
} from '@spanstream/storage-elasticsearch';
import {
  listJaegerIndices,
  normalizePrefix,
  updateAliases,
  writeIndexOf,
  type AliasAction,
} from '../es/jaeger-indices.ts';
import { lookbackReferenceMs, type LookbackUnit } from './conditions.ts';

export interface RolloverSettings {
  readonly indexPrefix: string;
  readonly archive: boolean;
  readonly skipDependencies: boolean;
  readonly adaptiveSampling: boolean;
  readonly shards: number;
  readonly replicas: number;
  readonly priorities: { readonly span: number; readonly service: number; readonly dependencies: number };
  readonly useIlm: boolean;
  readonly ilmPolicyName: string;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly unit: LookbackUnit;
  readonly unitCount: number;
  readonly masterTimeoutSeconds: number;
}

/** One alias pair: `<base>-write`, `<base>-read` over `<base>-000001`, `-000002`… */
interface IndexSet {
  readonly base: string;
  readonly kind: IndexKind;
}

/** Jaeger's `RolloverIndices`: span and service, dependencies unless skipped, sampling if asked. */
function indexSets(settings: RolloverSettings): IndexSet[] {
  const prefix = normalizePrefix(settings.indexPrefix);
  if (settings.archive) return [{ base: `${prefix}jaeger-span-archive`, kind: 'span' }];
  const kinds: IndexKind[] = ['span', 'service'];
  if (!settings.skipDependencies) kinds.push('dependencies');
  if (settings.adaptiveSampling) kinds.push('sampling');
  return kinds.map((kind) => ({ base: `${prefix}jaeger-${kind}`, kind }));
}

interface EsErrorBody {
  readonly error?: { readonly type?: string; readonly reason?: string };
}

/**
 * `init`: per index set, the index template (the same `<prefix>spanstream-<kind>` template the
 * stores install, with ILM settings when asked), then `<base>-000001` and its read and write aliases
 * when the write alias does not exist yet. Idempotent: a second run changes nothing.
 */
export async function initAction(transport: EsTransport, settings: RolloverSettings): Promise<string[]> {
  const options = resolveEsOptions({
    indexPrefix: settings.indexPrefix,
    numShards: settings.shards,
    numReplicas: settings.replicas,
    priorities: settings.priorities,
  });
  const names = new IndexNames(options);
  const changes: string[] = [];
  for (const set of indexSets(settings)) {
    const template = renderTemplate(set.kind, names, options) as { template: { settings: object } };
    if (settings.useIlm)
      template.template.settings = {
        ...template.template.settings,
        'index.lifecycle.name': settings.ilmPolicyName,
        'index.lifecycle.rollover_alias': `${set.base}-write`,
      };
    await transport.request({
      method: 'PUT',
      path: `/_index_template/${names.template(set.kind)}`,
      body: template,
    });
    const before = await listJaegerIndices(transport, settings.indexPrefix);
    const holds = (alias: string) => before.some((index) => index.aliases.has(alias));
    // After rollovers and a cleanup, -000001 may be gone on purpose: never recreate it.
    const writer = before.find((index) => index.aliases.has(`${set.base}-write`));
    if (writer !== undefined) {
      if (holds(`${set.base}-read`)) continue;
      const target = writeIndexOf(before, `${set.base}-write`) ?? writer.name;
      await updateAliases(transport, 'add', [{ index: target, alias: `${set.base}-read` }]);
      changes.push(`${set.base}-read -> ${target}`);
      continue;
    }
    const initial = `${set.base}-000001`;
    if (!before.some((index) => index.name === initial)) {
      const created = await transport.request<EsErrorBody>(
        {
          method: 'PUT',
          path: `/${initial}`,
          querystring: { master_timeout: `${settings.masterTimeoutSeconds}s` },
        },
        [400],
      );
      if (created.statusCode === 400 && created.body.error?.type !== 'resource_already_exists_exception')
        throw new Error(`cannot create ${initial}: ${created.body.error?.reason ?? 'refused'}`);
      if (created.statusCode !== 400) changes.push(`created ${initial}`);
    }
    const aliases: AliasAction[] = [];
    if (!holds(`${set.base}-read`)) aliases.push({ index: initial, alias: `${set.base}-read` });
    if (!holds(`${set.base}-write`))
      aliases.push({ index: initial, alias: `${set.base}-write`, isWriteIndex: settings.useIlm });
    await updateAliases(transport, 'add', aliases);
    changes.push(...aliases.map((a) => `${a.alias} -> ${a.index}`));
  }
  return changes;
}

interface RolloverResponse {
  readonly rolled_over?: boolean;
  readonly old_index?: string;
  readonly new_index?: string;
}

/**
 * `rollover`: `POST <base>-write/_rollover` with the conditions, then the read alias is added to every
 * index holding the write alias (the new one), as Jaeger's. Returns the indices that rolled over.
 */
export async function rolloverAction(transport: EsTransport, settings: RolloverSettings): Promise<string[]> {
  const rolled: string[] = [];
  for (const set of indexSets(settings)) {
    const response = await transport.request<RolloverResponse>({
      method: 'POST',
      path: `/${set.base}-write/_rollover`,
      querystring: { master_timeout: `${settings.masterTimeoutSeconds}s` },
      ...(Object.keys(settings.conditions).length > 0 && { body: { conditions: settings.conditions } }),
    });
    if (response.body.rolled_over === true)
      rolled.push(`${response.body.old_index} -> ${response.body.new_index}`);
    const indices = await listJaegerIndices(transport, settings.indexPrefix);
    await updateAliases(
      transport,
      'add',
      indices
        .filter((index) => index.aliases.has(`${set.base}-write`) && !index.aliases.has(`${set.base}-read`))
        .map((index) => ({ index: index.name, alias: `${set.base}-read` })),
    );
  }
  return rolled;
}

/**
 * `lookback`: removes from `<base>-read` the indices created before the reference time (Jaeger's
 * `--unit`/`--unit-count`), never the current write index. Returns `alias -= index` entries.
 */
export async function lookbackAction(
  transport: EsTransport,
  settings: RolloverSettings,
  nowMs: number,
): Promise<string[]> {
  const reference = lookbackReferenceMs(nowMs, settings.unit, settings.unitCount);
  const removed: AliasAction[] = [];
  const indices = await listJaegerIndices(transport, settings.indexPrefix);
  for (const set of indexSets(settings)) {
    const writeIndex = writeIndexOf(indices, `${set.base}-write`);
    for (const index of indices) {
      if (!index.aliases.has(`${set.base}-read`) || index.name === writeIndex) continue;
      if (index.creationMs < reference) removed.push({ index: index.name, alias: `${set.base}-read` });
    }
  }
  await updateAliases(transport, 'remove', removed);
  return removed.map((a) => `${a.alias} -= ${a.index}`);
}
