import { adminConfig, loggingConfig, mergeSchemas } from '@spanstream/config';
import { agentOptionsConfig } from './config.ts';

/** Every flag of `npm run agent`: Jaeger agent's, admin on 14271. */
export const agentConfig = mergeSchemas(loggingConfig, adminConfig('127.0.0.1:14271'), agentOptionsConfig);
