import type { Jaeger } from '../cr/schema.ts';
import { COMPONENT_SCHEMAS, type Component } from './component-schemas.ts';
import { flattenOptions, type FlagEntry } from './flatten.ts';

export type Strategy = 'allInOne' | 'production' | 'streaming';

/** `spec.strategy` with the operator's default. */
export const strategyOf = (cr: Jaeger): Strategy => cr.spec?.strategy ?? 'allInOne';

/** `spec.storage.type` with the operator's default. */
export const storageTypeOf = (cr: Jaeger): string => cr.spec?.storage?.type ?? 'memory';

/** The components a strategy runs as processes (the agent is separate: `agent.strategy`). */
export function componentsOf(strategy: Strategy): readonly Component[] {
  if (strategy === 'allInOne') return ['allInOne'];
  if (strategy === 'production') return ['collector', 'query'];
  return ['collector', 'ingester', 'query'];
}

/** What `--span-storage.type` a component runs with: the streaming collector writes to Kafka. */
export function spanStorageTypeFor(cr: Jaeger, component: Component): string | undefined {
  if (component === 'agent') return undefined;
  if (component === 'collector' && strategyOf(cr) === 'streaming') return 'kafka';
  return storageTypeOf(cr);
}

export function storageEntries(cr: Jaeger): FlagEntry[] {
  return flattenOptions(cr.spec?.storage?.options, 'spec.storage.options').entries;
}

function ownEntries(cr: Jaeger, component: Component): FlagEntry[] {
  const spec = cr.spec?.[component] ?? undefined;
  return flattenOptions(spec?.options, `spec.${component}.options`).entries;
}

/**
 * A component's flags as the operator composes them: `--span-storage.type`, then the storage options
 * this binary has, then the component's own options (which win). Storage options a binary does not
 * have (Kafka's for the query service) are left out, as they mean nothing to it.
 */
export function componentFlagEntries(cr: Jaeger, component: Component): FlagEntry[] {
  const schema = COMPONENT_SCHEMAS[component];
  const storageType = spanStorageTypeFor(cr, component);
  const typeEntry: FlagEntry[] =
    storageType === undefined
      ? []
      : [{ key: 'span-storage.type', text: storageType, path: 'spec.storage.type' }];
  const storage = component === 'agent' ? [] : storageEntries(cr).filter((e) => e.key in schema);
  return [...typeEntry, ...storage, ...ownEntries(cr, component)];
}
