import type { RawTrace } from '../api/types.ts';
import { fromOtlpJson } from './otlp.ts';

export type UploadResult = { ok: true; traces: RawTrace[] } | { ok: false; error: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shape check at the boundary: enough for buildTrace to work on it. */
export function isRawTrace(v: unknown): v is RawTrace {
  return isObject(v) && Array.isArray(v.spans) && isObject(v.processes);
}

function fromDocument(doc: unknown): RawTrace[] | string {
  if (Array.isArray(doc)) {
    const traces = (doc as unknown[]).filter(isRawTrace);
    return traces.length === doc.length
      ? traces
      : 'array entries are not Jaeger traces ({traceID, spans, processes})';
  }
  if (!isObject(doc)) return 'not a JSON object';
  if (Array.isArray(doc.data)) return fromDocument(doc.data);
  if (isRawTrace(doc)) return [doc];
  if (Array.isArray(doc.resourceSpans)) return fromOtlpJson(doc);
  // api_v3 HTTP responses wrap OTLP in a grpc-gateway envelope.
  if (isObject(doc.result) && Array.isArray(doc.result.resourceSpans)) {
    return fromOtlpJson(doc.result);
  }
  return 'expected Jaeger UI JSON ({data:[…]}) or OTLP JSON ({resourceSpans:[…]})';
}

function parseDocuments(text: string): unknown[] | string {
  try {
    return [JSON.parse(text) as unknown];
  } catch (wholeError) {
    // JSON Lines: one document per non-empty line (OTLP file exporter output).
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) return `invalid JSON: ${(wholeError as Error).message}`;
    const docs: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        docs.push(JSON.parse(line));
      } catch (e) {
        return `invalid JSON on line ${i + 1}: ${(e as Error).message}`;
      }
    }
    return docs;
  }
}

/** Parses an uploaded trace file: Jaeger UI JSON, OTLP JSON, or JSON Lines of either. */
export function parseTraceFile(text: string): UploadResult {
  const docs = parseDocuments(text);
  if (typeof docs === 'string') return { ok: false, error: docs };
  const traces: RawTrace[] = [];
  for (const doc of docs) {
    const result = fromDocument(doc);
    if (typeof result === 'string') return { ok: false, error: result };
    traces.push(...result);
  }
  if (traces.length === 0) return { ok: false, error: 'the file holds no traces' };
  return { ok: true, traces: mergeById(traces) };
}

/** JSONL exports split one trace over many lines; put its spans back together. */
function mergeById(traces: RawTrace[]): RawTrace[] {
  const byId = new Map<string, RawTrace>();
  for (const t of traces) {
    const seen = byId.get(t.traceID);
    if (!seen) {
      byId.set(t.traceID, { ...t, spans: [...t.spans], processes: { ...t.processes } });
      continue;
    }
    // Process IDs are per document; re-key to keep them distinct.
    const offset = Object.keys(seen.processes).length;
    const rename = new Map(Object.keys(t.processes).map((k, i) => [k, `p${offset + i + 1}`]));
    for (const [k, p] of Object.entries(t.processes)) seen.processes[rename.get(k)!] = p;
    for (const s of t.spans) seen.spans.push({ ...s, processID: rename.get(s.processID) ?? s.processID });
  }
  return [...byId.values()];
}
