/**
 * `npm run agent`: Jaeger's agent for UDP clients (a DaemonSet next to the apps). The only place that
 * reads configuration; SIGTERM closes the listeners, then delivers what is queued (5 s at most).
 */
import { runMain } from '@spanstream/runtime';
import { createAgent } from './agent.ts';
import { agentOptionsFromConfig } from './config.ts';
import { agentConfig } from './main-config.ts';

await runMain({
  program: 'spanstream-agent',
  name: 'agent',
  schema: agentConfig,
  services({ values, logger, registry, health, configure, adminServer }) {
    const options = configure(() => agentOptionsFromConfig(values, process.env));
    const admin = adminServer();
    return [admin, createAgent({ options, logger, registry, health })];
  },
});
