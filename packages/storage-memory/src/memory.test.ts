import { runStorageConformance } from '@spanstream/storage-conformance';
import { createMemoryStore } from './memory-store.ts';

runStorageConformance('memory', {
  create: () => Promise.resolve(createMemoryStore()),
});
