/**
 * Access to a request's query string as Go's net/http sees it: `first` is
 * r.FormValue (first value or ''), `all` is r.Form[name].
 */
export type QueryValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export function first(query: QueryValues, name: string): string {
  const value = query[name];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[0] ?? '';
}

export function all(query: QueryValues, name: string): readonly string[] {
  const value = query[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
