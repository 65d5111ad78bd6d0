export type { AllInOne, AllInOneDeps } from './all-in-one.ts';
export { createAllInOne } from './all-in-one.ts';
export type { AllInOneConfig } from './config.ts';
export { allInOneConfig, memoryConfig } from './config.ts';
