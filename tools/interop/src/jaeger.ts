/**
 * Real Jaeger v2 for other workspaces (the side-by-side bench, `npm run bench -- --vs-jaeger`): the
 * cached binary, its configuration pieces, a process runner, and namespaces on the stack's storage.
 */
export { createNamespace, type Namespace } from './backends.ts';
export { ensureJaegerBinary, JAEGER_MODULE_VERSION } from './jaeger-binary.ts';
export {
  JAEGER_KAFKA_ENCODING,
  jaegerStorageBackend,
  type JaegerStorage,
  type OurKafkaEncoding,
} from './jaeger-config.ts';
export { spawnJaeger, waitJaegerAnswers, type JaegerChild } from './jaeger-process.ts';
