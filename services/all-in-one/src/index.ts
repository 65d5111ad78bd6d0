export type { AllInOne, AllInOneDeps } from './all-in-one.ts';
export { createAllInOne } from './all-in-one.ts';
export type { AllInOneConfig } from './config.ts';
export { allInOneConfig, memoryConfig, ingesterStorageConfig, ALL_IN_ONE_STORE_TYPES } from './config.ts';
export type { AllInOneStorage, AllInOneStorageDeps } from './storage.ts';
export { createAllInOneStorage } from './storage.ts';
