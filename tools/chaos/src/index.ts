export { runChaos, type ChaosOptions } from './run.ts';
export { parseChaosOptions } from './options.ts';
export { failures, formatTable, type ChaosReport, type PhaseRow } from './report.ts';
export { FAULT_NAMES, type FaultName } from './faults.ts';
