import { abbreviate, describeDiff, diffSets, sameSet, tally } from './compare.ts';
import { INT64_TRACE_NAME, INT64_VALUE, type InteropFixtures } from './fixtures.ts';
import {
  getTraceV1,
  getTraceV3,
  searchV1,
  v1SearchParams,
  type SearchAnswer,
  type TraceAnswer,
} from './jaeger-api.ts';
import { fail, failed, pass, type CheckResult } from './table.ts';
import { v3Difference } from './v3-diff.ts';

/** Who wrote the data and which query services read it, for the check names. */
export interface ReadSetup {
  /** e.g. "elasticsearch, ours → Jaeger". */
  readonly label: string;
  /** The reader under test (the other side's query). */
  readonly reader: { readonly name: string; readonly url: string };
  /** The writer's own query, whose search answers are the reference. */
  readonly reference: { readonly name: string; readonly url: string };
}

/** By-ID (v1 and api_v3), searches and int64 checks of one written namespace. */
export async function readChecks(setup: ReadSetup, fixtures: InteropFixtures): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const attempt = async (check: string, run: () => Promise<CheckResult>) => {
    const name = `${setup.label}: ${check}`;
    results.push(
      await run().then(
        (r) => ({ ...r, check: name }),
        (error: unknown) => failed(name, error),
      ),
    );
  };
  await attempt(`${setup.reader.name} v1 /api/traces/{id}`, () =>
    byId(fixtures, (id) => getTraceV1(setup.reader.url, id)),
  );
  await attempt(`${setup.reader.name} api_v3 /api/v3/traces/{id}`, () =>
    byId(fixtures, (id) => getTraceV3(setup.reader.url, id)),
  );
  await attempt(`api_v3 trace answers, ${setup.reader.name} = ${setup.reference.name}`, () =>
    v3Fidelity(setup, fixtures),
  );
  await attempt(`v1 searches, ${setup.reader.name} = ${setup.reference.name}`, () =>
    searches(setup, fixtures),
  );
  await attempt(`int64 ${INT64_VALUE} via ${setup.reader.name} v1 and api_v3`, () =>
    int64(setup.reader.url, fixtures),
  );
  return results;
}

async function byId(
  fixtures: InteropFixtures,
  get: (traceId: string) => Promise<TraceAnswer>,
): Promise<CheckResult> {
  // Fixtures sharing a trace ID are stored as one trace: the union of their spans.
  const expected = new Map<string, Set<string>>();
  for (const trace of fixtures.traces) {
    const ids = expected.get(trace.traceId) ?? new Set<string>();
    for (const id of trace.spanIds) ids.add(id);
    expected.set(trace.traceId, ids);
  }
  const failures: string[] = [];
  for (const [traceId, spanIds] of expected) {
    const answer = await get(traceId);
    const name = fixtures.traces.find((t) => t.traceId === traceId)?.name ?? traceId;
    if (answer.status !== 200) failures.push(`${name} (HTTP ${answer.status})`);
    else {
      const diff = diffSets(spanIds, answer.spanIds);
      if (!sameSet(diff)) failures.push(`${name} (spans ${describeDiff(diff)})`);
    }
  }
  const detail = tally('traces open with every span', expected.size, failures);
  return failures.length === 0 ? pass('', detail) : fail('', detail);
}

async function searches(setup: ReadSetup, fixtures: InteropFixtures): Promise<CheckResult> {
  const { ok, detail } = await compareSearches(setup.reader, setup.reference, fixtures);
  return ok ? pass('', detail) : fail('', detail);
}

interface QueryService {
  readonly name: string;
  readonly url: string;
}

/**
 * Every fixture search on `reader` and on `reference`. A search passes when the reader answers the
 * same trace IDs as the reference, or the ones the fixture expects (where Jaeger itself misses an
 * expectation or refuses the search, e.g. link attributes on its Elasticsearch or duration + tags on its
 * Cassandra, answering right is not a difference to fix); those are named in the detail.
 */
export async function compareSearches(
  reader: QueryService,
  reference: QueryService,
  fixtures: InteropFixtures,
): Promise<{ ok: boolean; detail: string }> {
  const differ: string[] = [];
  const rightWhereReferenceIsNot: string[] = [];
  const bothRefuse: string[] = [];
  for (const query of fixtures.queries) {
    const params = v1SearchParams(query);
    const [mine, theirs] = await Promise.all([searchV1(reader.url, params), searchV1(reference.url, params)]);
    const caption = query.caption;
    const expected = query.expectedFixtures.map(
      (name) => fixtures.traces.find((t) => t.name === name)?.traceId ?? name,
    );
    const outcome = classifySearch(mine, theirs, expected);
    if (outcome === 'bothRefuse') bothRefuse.push(caption);
    else if (outcome === 'asExpected') rightWhereReferenceIsNot.push(caption);
    else if (outcome !== 'same')
      differ.push(`${caption} (${outcome.difference({ reader: reader.name, reference: reference.name })})`);
  }
  const detail =
    tally(`searches match ${reference.name}`, fixtures.queries.length, differ) +
    (rightWhereReferenceIsNot.length > 0
      ? ` (${rightWhereReferenceIsNot.length} only the fixture's expectation, which ${reference.name} misses or refuses: ${abbreviate(rightWhereReferenceIsNot)})`
      : '') +
    (bothRefuse.length > 0 ? ` (${bothRefuse.length} refused by both alike: ${abbreviate(bothRefuse)})` : '');
  return { ok: differ.length === 0, detail };
}

/** Every fixture search on `reader`, against the traces the fixture expects. */
export async function expectedSearches(
  reader: QueryService,
  fixtures: InteropFixtures,
): Promise<{ ok: boolean; detail: string }> {
  const failures: string[] = [];
  for (const query of fixtures.queries) {
    const answer = await searchV1(reader.url, v1SearchParams(query));
    const expected = query.expectedFixtures.map(
      (name) => fixtures.traces.find((t) => t.name === name)?.traceId ?? name,
    );
    const diff = diffSets(expected, answer.traceIds);
    if (answer.status !== 200)
      failures.push(`${query.caption} (HTTP ${answer.status}: ${errorMessage(answer.text)})`);
    else if (!sameSet(diff)) failures.push(`${query.caption} (${describeDiff(diff)})`);
  }
  const detail = tally(`searches as the fixtures expect`, fixtures.queries.length, failures);
  return { ok: failures.length === 0, detail };
}

export type SearchOutcome =
  | 'same'
  | 'asExpected'
  | 'bothRefuse'
  | { difference: (names: { reader: string; reference: string }) => string };

/**
 * One search compared: the same trace IDs; or the reader answers what the fixture expects where the
 * reference errs or misses it; or both refuse it with the same message; else a difference to show.
 */
export function classifySearch(
  mine: SearchAnswer,
  theirs: SearchAnswer,
  expected: readonly string[],
): SearchOutcome {
  const failedAnswer = (name: string, answer: SearchAnswer) =>
    `${name} HTTP ${answer.status}: ${errorMessage(answer.text)}`;
  if (mine.status !== 200) {
    if (theirs.status === mine.status && errorMessage(mine.text) === errorMessage(theirs.text))
      return 'bothRefuse';
    return { difference: ({ reader }) => failedAnswer(reader, mine) };
  }
  const diff = diffSets(theirs.traceIds, mine.traceIds);
  if (theirs.status === 200 && sameSet(diff)) return 'same';
  if (sameSet(diffSets(expected, mine.traceIds))) return 'asExpected';
  if (theirs.status !== 200) return { difference: ({ reference }) => failedAnswer(reference, theirs) };
  return { difference: () => describeDiff(diff) };
}

/** Each fixture trace's api_v3 answer from the reader, span by span, against the reference's ("X vs Y": reader vs reference). */
async function v3Fidelity(setup: ReadSetup, fixtures: InteropFixtures): Promise<CheckResult> {
  const traceIds = [...new Set(fixtures.traces.map((t) => t.traceId))];
  const failures: string[] = [];
  for (const traceId of traceIds) {
    const [mine, theirs] = await Promise.all([
      getTraceV3(setup.reader.url, traceId),
      getTraceV3(setup.reference.url, traceId),
    ]);
    const name = fixtures.traces.find((t) => t.traceId === traceId)?.name ?? traceId;
    if (mine.status !== 200 || theirs.status !== 200) {
      failures.push(`${name} (HTTP ${mine.status} vs ${theirs.status})`);
      continue;
    }
    const difference = v3Difference(mine.text, theirs.text);
    if (difference !== undefined) {
      const named = difference
        .replace('only in the first', `only ${setup.reader.name}'s`)
        .replace('only in the second', `only ${setup.reference.name}'s`);
      failures.push(`${name}: ${named}`);
    }
  }
  const detail = tally(`traces answered alike`, traceIds.length, failures);
  return failures.length === 0 ? pass('', detail) : fail('', detail);
}

async function int64(url: string, fixtures: InteropFixtures): Promise<CheckResult> {
  const trace = fixtures.traces.find((t) => t.name === INT64_TRACE_NAME);
  if (trace === undefined) throw new Error('no int64 trace in the fixtures');
  const answers = { v1: await getTraceV1(url, trace.traceId), api_v3: await getTraceV3(url, trace.traceId) };
  const wrong = Object.entries(answers)
    .filter(([, answer]) => answer.status !== 200 || !answer.text.includes(INT64_VALUE))
    .map(
      ([api, answer]) =>
        `${api}: ${answer.status === 200 ? int64Shown(answer.text) : `HTTP ${answer.status}`}`,
    );
  return wrong.length === 0 ? pass('', 'exact in v1 and api_v3') : fail('', wrong.join('; '));
}

/** What the answer shows for the attribute `big` instead of the exact value, for the detail column. */
function int64Shown(text: string): string {
  const match = /"big"[^}]*?"(?:value|intValue)"\s*:\s*"?([0-9.e+-]+)/.exec(text);
  return match ? `big = ${match[1]!}` : 'value `big` not found';
}

/** The message of a v1 (`errors[0].msg`) or api_v3 (`error.message`) error answer, else the body's start. */
export function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as {
      errors?: readonly { msg?: string }[] | null;
      error?: { message?: string };
    };
    const message = body.errors?.[0]?.msg ?? body.error?.message;
    if (message !== undefined) return message.slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 120);
}
