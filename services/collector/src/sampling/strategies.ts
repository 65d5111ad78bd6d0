/**
 * Jaeger's file-based sampling strategies (`plugin/sampling/strategyprovider/static`):
 * parsing the strategies JSON and answering per service with a
 * `SamplingStrategyResponse` in proto-JSON form (camelCase, enums as names).
 */

export interface ProbabilisticSampling {
  readonly samplingRate: number;
}

export interface OperationSamplingStrategy {
  readonly operation: string;
  readonly probabilisticSampling: ProbabilisticSampling;
}

export interface PerOperationSamplingStrategies {
  readonly defaultSamplingProbability: number;
  readonly defaultLowerBoundTracesPerSecond: number;
  readonly perOperationStrategies: readonly OperationSamplingStrategy[];
  readonly defaultUpperBoundTracesPerSecond: number;
}

export interface SamplingStrategyResponse {
  readonly strategyType: 'PROBABILISTIC' | 'RATE_LIMITING';
  readonly probabilisticSampling?: ProbabilisticSampling;
  readonly rateLimitingSampling?: { readonly maxTracesPerSecond: number };
  readonly operationSampling?: PerOperationSamplingStrategies;
}

export interface Strategies {
  readonly defaultStrategy: SamplingStrategyResponse;
  readonly services: ReadonlyMap<string, SamplingStrategyResponse>;
}

/** Without a file Jaeger samples 0.1 % probabilistically. */
const DEFAULT_SAMPLING_PROBABILITY = 0.001;

export const DEFAULT_STRATEGIES: Strategies = {
  defaultStrategy: {
    strategyType: 'PROBABILISTIC',
    probabilisticSampling: { samplingRate: DEFAULT_SAMPLING_PROBABILITY },
  },
  services: new Map(),
};

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseStrategy(raw: Obj, where: string, warnings: string[]): SamplingStrategyResponse {
  let param = raw.param;
  if (typeof param !== 'number' || !Number.isFinite(param))
    throw new Error(`${where}: "param" must be a number`);
  if (raw.type === 'probabilistic') {
    // The Jaeger operator's CR form (`param: 50`) means a percentage: read it as one, and say so.
    if (param > 1 && param <= 100) {
      warnings.push(
        `${where}: probabilistic "param" ${param} is above 1, read as a percentage: sampling probability ${param / 100}`,
      );
      param /= 100;
    }
    if (param < 0 || param > 1)
      throw new Error(`${where}: probabilistic "param" must be within [0, 1] (or a percentage up to 100)`);
    return { strategyType: 'PROBABILISTIC', probabilisticSampling: { samplingRate: param } };
  }
  if (raw.type === 'ratelimiting') {
    return { strategyType: 'RATE_LIMITING', rateLimitingSampling: { maxTracesPerSecond: Math.trunc(param) } };
  }
  throw new Error(`${where}: unknown strategy type ${JSON.stringify(raw.type)}`);
}

/** Operation strategies must be probabilistic; Jaeger logs and skips others, so do we (returned as warnings). */
function parseOperations(raw: unknown, where: string, warnings: string[]): OperationSamplingStrategy[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`${where}: "operation_strategies" must be a list`);
  const out: OperationSamplingStrategy[] = [];
  for (const [i, op] of raw.entries()) {
    const at = `${where}.operation_strategies[${i}]`;
    if (!isObject(op) || typeof op.operation !== 'string')
      throw new Error(`${at}: "operation" must be a string`);
    const strategy = parseStrategy(op, at, warnings);
    if (strategy.probabilisticSampling === undefined) {
      warnings.push(`${at}: only probabilistic operation strategies are supported, skipped`);
      continue;
    }
    out.push({ operation: op.operation, probabilisticSampling: strategy.probabilisticSampling });
  }
  return out;
}

function parseServiceStrategy(raw: Obj, where: string, warnings: string[]): SamplingStrategyResponse {
  const response = parseStrategy(raw, where, warnings);
  const operations = parseOperations(raw.operation_strategies, where, warnings);
  if (raw.operation_strategies === undefined || operations.length === 0) return response;
  return {
    ...response,
    operationSampling: {
      defaultSamplingProbability:
        response.probabilisticSampling?.samplingRate ?? DEFAULT_SAMPLING_PROBABILITY,
      defaultLowerBoundTracesPerSecond: 0,
      perOperationStrategies: operations,
      defaultUpperBoundTracesPerSecond: 0,
    },
  };
}

/** A service's own operation strategies first, then the default's for operations it does not name. */
function mergeWithDefault(
  service: SamplingStrategyResponse,
  fallback: SamplingStrategyResponse,
): SamplingStrategyResponse {
  const defaults = fallback.operationSampling;
  if (defaults === undefined) return service;
  const own = service.operationSampling;
  if (own === undefined) {
    const rate = service.probabilisticSampling?.samplingRate;
    if (rate === undefined) return service;
    return { ...service, operationSampling: { ...defaults, defaultSamplingProbability: rate } };
  }
  const named = new Set(own.perOperationStrategies.map((s) => s.operation));
  const merged = [
    ...own.perOperationStrategies,
    ...defaults.perOperationStrategies.filter((s) => !named.has(s.operation)),
  ];
  return { ...service, operationSampling: { ...own, perOperationStrategies: merged } };
}

/** Parses a strategies file; throws an Error naming the bad entry. */
export function parseStrategies(text: string): { strategies: Strategies; warnings: string[] } {
  const raw: unknown = JSON.parse(text);
  if (!isObject(raw)) throw new Error('sampling strategies: expected a JSON object');
  const warnings: string[] = [];
  const defaultStrategy = isObject(raw.default_strategy)
    ? parseServiceStrategy(raw.default_strategy, 'default_strategy', warnings)
    : DEFAULT_STRATEGIES.defaultStrategy;
  const services = new Map<string, SamplingStrategyResponse>();
  const list = raw.service_strategies ?? [];
  if (!Array.isArray(list)) throw new Error('service_strategies: must be a list');
  for (const [i, entry] of list.entries()) {
    const where = `service_strategies[${i}]`;
    if (!isObject(entry) || typeof entry.service !== 'string')
      throw new Error(`${where}: "service" must be a string`);
    services.set(
      entry.service,
      mergeWithDefault(parseServiceStrategy(entry, where, warnings), defaultStrategy),
    );
  }
  return { strategies: { defaultStrategy, services }, warnings };
}

export function strategyFor(strategies: Strategies, service: string): SamplingStrategyResponse {
  return strategies.services.get(service) ?? strategies.defaultStrategy;
}
