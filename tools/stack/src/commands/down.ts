import { updateEndpoints } from '../endpoints.ts';
import { isAlive, readPid, removePid, stopProcess } from '../proc.ts';
import { StackError } from '../readiness.ts';
import type { StackService } from '../service.ts';
import { contextOf } from '../services.ts';

/** Stops the selected services in reverse start order, by their PID files, and checks that none is left. */
export async function down(selected: readonly StackService[], env: NodeJS.ProcessEnv): Promise<void> {
  const survivors: string[] = [];
  signalQuorumTogether(selected, env);
  for (const service of [...selected].reverse()) {
    const ctx = contextOf(service, env);
    const pid = readPid(ctx.paths.pidFile);
    const outcome = pid === undefined ? 'not-running' : await stopProcess(pid, 60_000);
    if (pid !== undefined && isAlive(pid)) survivors.push(`${service.name} (pid ${pid})`);
    else removePid(ctx.paths.pidFile);
    updateEndpoints((current) => {
      const { [service.name]: _removed, ...rest } = current;
      return rest;
    }, env);
    console.log(`${service.name.padEnd(16)} ${outcome}${pid === undefined ? '' : ` (pid ${pid})`}`);
  }
  if (survivors.length > 0) throw new StackError(`still running after down: ${survivors.join(', ')}`);
}

/**
 * The 3-broker cluster's members get SIGTERM together: stopped one by one, the last one has no
 * controller quorum left and its controlled shutdown waits out the whole grace period.
 */
function signalQuorumTogether(selected: readonly StackService[], env: NodeJS.ProcessEnv): void {
  const members = selected.filter((service) => service.name.startsWith('kafka-cluster-'));
  if (members.length < 2) return;
  for (const member of members) {
    const pid = readPid(contextOf(member, env).paths.pidFile);
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGTERM');
  }
}
