/**
 * The shape of the Jaeger UI config keys the UI honours, checked when the file is loaded so that a typo
 * (`menu: {}` for a list, `linkPatterns[0].type: tag`) names its path instead of being silently ignored
 * by the browser. Keys the UI does not use pass through, as Jaeger Query passes them.
 */
type Check = (value: unknown, path: string) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;

const primitive =
  (type: 'string' | 'number' | 'boolean'): Check =>
  (value, path) =>
    typeof value === type ? undefined : `${path}: expected a ${type}, got ${describe(value)}`;

const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined || value === null ? undefined : check(value, path);

function object(fields: Readonly<Record<string, Check>>): Check {
  return (value, path) => {
    if (!isObject(value)) return `${path}: expected an object, got ${describe(value)}`;
    for (const [key, check] of Object.entries(fields)) {
      const issue = check(value[key], `${path}.${key}`);
      if (issue !== undefined) return issue;
    }
    return undefined;
  };
}

const list =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path}: expected a list, got ${describe(value)}`;
    for (const [index, entry] of value.entries()) {
      const issue = item(entry, `${path}[${index}]`);
      if (issue !== undefined) return issue;
    }
    return undefined;
  };

const oneOf =
  (values: readonly string[]): Check =>
  (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : `${path}: expected one of ${values.join('|')}, got ${JSON.stringify(value)}`;

const menuItem: Check = (value, path) =>
  object({
    label: primitive('string'),
    url: optional(primitive('string')),
    anchorTarget: optional(primitive('string')),
    items: optional(list(menuItem)),
  })(value, path);

const TOP_LEVEL: Readonly<Record<string, Check>> = {
  archiveEnabled: optional(primitive('boolean')),
  criticalPathEnabled: optional(primitive('boolean')),
  dependenciesMenuEnabled: optional(primitive('boolean')),
  disableFileUploadControl: optional(primitive('boolean')),
  disableJsonView: optional(primitive('boolean')),
  traceIdDisplayLength: optional(primitive('number')),
  dependencies: optional(
    object({
      menuEnabled: optional(primitive('boolean')),
      dagMaxNumServices: optional(primitive('number')),
    }),
  ),
  monitor: optional(
    object({ menuEnabled: optional(primitive('boolean')), docsLink: optional(primitive('string')) }),
  ),
  menu: optional(list(menuItem)),
  linkPatterns: optional(
    list(
      object({
        type: oneOf(['process', 'tags', 'logs', 'traces']),
        key: optional(primitive('string')),
        url: primitive('string'),
        text: primitive('string'),
      }),
    ),
  ),
  search: optional(
    object({
      maxLookback: optional(object({ label: primitive('string'), value: primitive('string') })),
      maxLimit: optional(primitive('number')),
    }),
  ),
  tracking: optional(object({ gaID: optional(primitive('string')) })),
};

/** The first misplaced value as `path: problem`, or undefined when every honoured key has its shape. */
export function uiConfigShapeIssue(config: Readonly<Record<string, unknown>>): string | undefined {
  for (const [key, check] of Object.entries(TOP_LEVEL)) {
    const issue = check(config[key], key);
    if (issue !== undefined) return issue;
  }
  return undefined;
}
