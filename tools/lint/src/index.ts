export {
  boundaryConfigs,
  DRIVERS,
  noWorkspaceEscape,
  TEST_FILES,
  workspaceOfPath,
  workspacesOf,
} from './boundaries.ts';
export type { Workspace } from './boundaries.ts';
export { findCycles, SOURCE_GLOBS } from './cycles.ts';
