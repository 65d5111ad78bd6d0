import type { KeyValue, Process, Span } from '@spanstream/model';
import { bytesToHex } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import type { ScopedSpan } from './from-model.ts';
import { processToResource, spanToOtlp } from './from-model.ts';

type IResourceSpans = opentelemetry.proto.trace.v1.IResourceSpans;
type IScopeSpans = opentelemetry.proto.trace.v1.IScopeSpans;
type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;

interface ResourceGroup {
  readonly resourceSpans: IResourceSpans;
  readonly scopes: Map<string, IScopeSpans>;
}

/**
 * Model spans to an OTLP `TracesData`/`ExportTraceServiceRequest` object (protobufjs shape):
 * spans grouped by resource (equal processes) and then by scope, in first-seen order.
 */
export function toOtlpTraces(spans: readonly Span[]): { resourceSpans: IResourceSpans[] } {
  const byProcess = new Map<Process, ResourceGroup>();
  const byKey = new Map<string, ResourceGroup>();
  const resourceSpans: IResourceSpans[] = [];
  for (const span of spans) {
    let group = byProcess.get(span.process);
    if (group === undefined) {
      // Spans decoded from one resource share one Process object; others compare by value.
      const key = processKey(span.process);
      group = byKey.get(key);
      if (group === undefined) {
        const { resource, schemaUrl } = processToResource(span.process);
        group = { resourceSpans: { resource, schemaUrl, scopeSpans: [] }, scopes: new Map() };
        byKey.set(key, group);
        resourceSpans.push(group.resourceSpans);
      }
      byProcess.set(span.process, group);
    }
    addToScope(group, spanToOtlp(span));
  }
  return { resourceSpans };
}

function addToScope(group: ResourceGroup, scoped: ScopedSpan): void {
  const { scope, scopeSchemaUrl } = scoped;
  const key = `${scope.name ?? ''}\u0000${scope.version ?? ''}\u0000${scopeSchemaUrl}\u0000${String(
    scope.droppedAttributesCount ?? 0,
  )}\u0000${attributesKey(scope.attributes ?? [])}`;
  let scopeSpans = group.scopes.get(key);
  if (scopeSpans === undefined) {
    scopeSpans = { scope, schemaUrl: scopeSchemaUrl, spans: [] };
    group.scopes.set(key, scopeSpans);
    group.resourceSpans.scopeSpans!.push(scopeSpans);
  }
  scopeSpans.spans!.push(scoped.span);
}

export function encodeOtlpTraces(spans: readonly Span[]): Uint8Array {
  return opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.encode(
    toOtlpTraces(spans),
  ).finish();
}

function processKey(process: Process): string {
  return `${process.serviceName}\u0000${tagsKey(process.tags)}`;
}

function tagsKey(tags: readonly KeyValue[]): string {
  let key = '';
  for (const tag of tags) {
    const value = tag.type === 'binary' ? bytesToHex(tag.value) : String(tag.value);
    key += `${tag.key}\u0001${tag.type}\u0001${value}\u0002`;
  }
  return key;
}

function attributesKey(attributes: readonly IKeyValue[]): string {
  let key = '';
  for (const { key: name, value } of attributes) {
    const v = value ?? {};
    const text =
      v.bytesValue != null
        ? `b${bytesToHex(v.bytesValue)}`
        : `${JSON.stringify(v.stringValue ?? null)}${String(v.boolValue)}${String(v.doubleValue)}`;
    key += `${name ?? ''}\u0001${text}\u0001${v.intValue == null ? '' : v.intValue.toString()}\u0002`;
  }
  return key;
}
