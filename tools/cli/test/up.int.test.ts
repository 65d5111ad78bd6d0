/**
 * `spanstream up` as a supervisor: a crashed child is restarted, SIGKILL of the supervisor leaves no
 * child, a child that cannot start stops everything. Every example of examples/operator served end to
 * end (and stopped by a signal): examples.int.test.ts.
 */
import { deploymentUnderTest, roundTrip, type DeploymentUnderTest } from '@spanstream/e2e';
import { uniqueName } from '@spanstream/testkit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleUnderTest } from './example-under-test.ts';
import {
  allPids,
  isAlive,
  queryAnswers,
  runPrepareSteps,
  startUp,
  stillUp,
  type UpProcess,
} from './up-process.ts';

beforeAll(runPrepareSteps, 300_000);

const running: UpProcess[] = [];
const deployments: DeploymentUnderTest[] = [];
afterEach(async () => {
  for (const up of running.splice(0)) {
    up.child.kill('SIGTERM');
    await up.exited;
  }
  for (const deployment of deployments.splice(0)) await deployment.cleanup();
});

async function upExample(file: string): Promise<{ up: UpProcess; deployment: DeploymentUnderTest }> {
  const deployment = await deploymentUnderTest();
  deployments.push(deployment);
  const up = startUp(await exampleUnderTest(file, deployment));
  running.push(up);
  return { up, deployment };
}

describe('spanstream up', () => {
  it('restarts a crashed child, and leaves no child when killed with SIGKILL', async () => {
    const { up: aio, deployment } = await upExample('simplest.yaml');
    const served = { ...deployment.listeners, alive: stillUp(aio) };
    await queryAnswers(aio, served.queryPort);
    await roundTrip(served, uniqueName('cli-aio'));

    // A crash (SIGKILL) once it is up: restarted with a new PID, serving again.
    await expect
      .poll(() => aio.lines.some((l) => l.includes('all-in-one-0 is up')), { timeout: 30_000 })
      .toBe(true);
    const [first] = aio.started.get('all-in-one-0')!;
    process.kill(first!, 'SIGKILL');
    await expect.poll(() => aio.started.get('all-in-one-0')!.length, { timeout: 30_000 }).toBe(2);
    expect(aio.log()).toMatch(/all-in-one-0 exited \(signal SIGKILL\) after [\d.]+s; restarting in 1\.0s/);
    expect(isAlive(aio.started.get('all-in-one-0')![1]!)).toBe(true);
    await queryAnswers(aio, served.queryPort);
    await roundTrip(served, uniqueName('cli-aio-restarted'));

    // The supervisor killed outright: every child notices and exits.
    aio.child.kill('SIGKILL');
    await aio.exited;
    await expect.poll(() => allPids(aio).filter(isAlive), { timeout: 20_000, interval: 100 }).toEqual([]);
  });

  it('stops everything and exits 1 when a process cannot start', async () => {
    const deployment = await deploymentUnderTest();
    deployments.push(deployment);
    const { collector, query, udp, admin } = deployment.listeners;
    const options = {
      ...collector,
      ...query,
      ...udp,
      ...(await admin()),
      'query.ui-config': '/nonexistent/ui.json',
    };
    const broken = startUp(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-broken
spec:
  allInOne:
    options: ${JSON.stringify(options)}
`);
    running.push(broken);
    expect(await broken.exited).toBe(1);
    expect(broken.log()).toContain('all-in-one-0 exited during startup');
    expect(broken.log()).toContain('/nonexistent/ui.json');
    expect(allPids(broken).filter(isAlive)).toEqual([]);
  });
});
