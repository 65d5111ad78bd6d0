export type { ElasticsearchStoreDeps } from './store.ts';
export { ElasticsearchSpanStore, createElasticsearchStore } from './store.ts';
export type {
  EsOptions,
  EsOptionsInput,
  EsFlavor,
  EsAuthOptions,
  EsTlsOptions,
  EsBulkOptions,
  RolloverFrequency,
} from './options.ts';
export { DEFAULT_ES_OPTIONS, resolveEsOptions } from './options.ts';
export type { EsNamespace } from './config.ts';
export { elasticsearchConfig, esConnectionOptions, esOptionsFromConfig } from './config.ts';
export type { EsTransport, EsRequest, EsResponse } from './client.ts';
export {
  createEsTransport,
  readSecretFile,
  toStorageError,
  elasticClientOptions,
  openSearchClientOptions,
} from './client.ts';
export type { IndexKind } from './index-names.ts';
export { IndexNames } from './index-names.ts';
export type { EsSpanDocument, EsServiceDocument, EsKeyValue, EsReference, TagsAsFields } from './document.ts';
export { toEsDocument, fromEsDocument, traceIdForms } from './document.ts';
export type { EsDependenciesDocument } from './dependency-store.ts';
export { ElasticsearchDependencyStore } from './dependency-store.ts';
export { ElasticsearchSpanReader } from './span-reader.ts';
export type { TraceIdRange, ScanWindow, ScanOptions } from './span-scanner.ts';
export { ElasticsearchSpanScanner, traceIdRanges, traceIdRangeQuery } from './span-scanner.ts';
export { ElasticsearchSpanWriter } from './span-writer.ts';
export type { BulkDocument } from './bulk-writer.ts';
export { BulkWriter } from './bulk-writer.ts';
export type { EsMetrics } from './metrics.ts';
export { createEsMetrics } from './metrics.ts';
export type { TemplateBody } from './templates.ts';
export {
  renderTemplate,
  loadTemplateBody,
  createIndexTemplates,
  ensureAliases,
  INDEX_KINDS,
} from './templates.ts';
export { fnv64a } from './fnv.ts';
