import { fileURLToPath } from 'node:url';
import { freePort, startNodeProcess, waitUntilServing } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('npm run agent (main.ts)', () => {
  it('starts with its ports moved, answers health on its admin port and exits 0 on SIGTERM', async () => {
    const admin = await freePort();
    const agent = startNodeProcess(MAIN, {
      args: [
        '--processor.jaeger-compact.server-host-port=127.0.0.1:0',
        '--processor.jaeger-binary.server-host-port=127.0.0.1:0',
        '--processor.zipkin-compact.server-host-port=127.0.0.1:0',
        '--http-server.host-port=127.0.0.1:0',
        `--admin.http.host-port=127.0.0.1:${admin}`,
        '--reporter.grpc.host-port=127.0.0.1:1',
      ],
    });
    try {
      await waitUntilServing(agent, `http://127.0.0.1:${admin}/`, { name: 'agent' });
      const metrics = await (await fetch(`http://127.0.0.1:${admin}/metrics`)).text();
      expect(metrics).toContain('spanstream_agent_reporter_queue_capacity 1000');
      expect(agent.logs).toContainEqual(expect.objectContaining({ msg: 'agent listening' }));
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });

  it('refuses a bad --agent.tags entry at startup, naming the flag', async () => {
    const agent = startNodeProcess(MAIN, {
      args: ['--agent.tags=novalue', '--admin.http.host-port=127.0.0.1:0'],
    });
    expect(await agent.exited).toBe(2);
    expect(agent.stdout()).toContain('--agent.tags: \\"novalue\\" is not key=value');
  });
});
