import type { ServiceProcess } from '@spanstream/e2e';
import type { FreezableProxy } from './freezable-proxy.ts';
import type { ChaosKafkaCluster } from './kafka-cluster.ts';
import type { ChaosTopic } from './kafka.ts';

export const FAULT_NAMES = [
  'ingester-kill',
  'ingester-scale-out',
  'storage-freeze',
  'poison',
  'collector-restart',
  'broker-failover',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

/** What a fault acts on; owned by the runner. */
export interface FaultTargets {
  readonly ingesters: ServiceProcess[];
  startIngester(): Promise<ServiceProcess>;
  restartCollector(): Promise<void>;
  readonly topic: ChaosTopic;
  readonly proxy: FreezableProxy;
  /** A storage server process to SIGSTOP instead of freezing the proxy (--freeze-pid). */
  readonly freezePid: number | undefined;
  readonly freezeMs: number;
  readonly poisonRecords: number;
  readonly cluster: ChaosKafkaCluster | undefined;
  /** How long a killed broker stays down before it is started again. */
  readonly brokerDownMs: number;
  log(message: string): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Injects the fault and resolves when it is over (the storage thawed, the broker back, the
 * process restarted), with the time recovery is measured from: the injection, except for a
 * freeze, whose clock starts at the thaw.
 */
export async function injectFault(name: FaultName, t: FaultTargets): Promise<number> {
  switch (name) {
    case 'ingester-kill': {
      const victim = t.ingesters.find((i) => i.child.exitCode === null && i.child.signalCode === null);
      if (victim === undefined) throw new Error('no live ingester to kill');
      t.log(`SIGKILL ingester pid ${victim.child.pid}`);
      victim.child.kill('SIGKILL');
      const at = Date.now();
      await victim.exited;
      return at;
    }
    case 'ingester-scale-out': {
      const at = Date.now();
      const added = await Promise.all([t.startIngester(), t.startIngester()]);
      t.log(`scaled out: ingesters ${added.map((i) => i.child.pid).join(', ')} joined`);
      return at;
    }
    case 'storage-freeze': {
      if (t.freezePid !== undefined) process.kill(t.freezePid, 'SIGSTOP');
      else t.proxy.freeze();
      t.log(
        `storage frozen for ${t.freezeMs / 1000} s (${t.freezePid === undefined ? 'proxy' : `SIGSTOP pid ${t.freezePid}`})`,
      );
      await sleep(t.freezeMs);
      if (t.freezePid !== undefined) process.kill(t.freezePid, 'SIGCONT');
      else t.proxy.thaw();
      t.log('storage thawed');
      return Date.now();
    }
    case 'poison': {
      t.log(`${t.poisonRecords} poison records produced to ${t.topic.topic}`);
      const at = Date.now();
      await t.topic.producePoison(t.poisonRecords);
      return at;
    }
    case 'collector-restart': {
      const at = Date.now();
      await t.restartCollector();
      t.log('collector restarted');
      return at;
    }
    case 'broker-failover':
      return brokerFailover(t);
  }
}

async function brokerFailover(t: FaultTargets): Promise<number> {
  if (t.cluster === undefined)
    throw new Error('broker-failover needs the 3-broker cluster (--kafka=cluster)');
  const { partition, leader } = await t.topic.busiestLeader();
  const pid = t.cluster.pidOf(leader);
  if (pid === undefined) throw new Error(`no pid for broker ${leader}`);
  t.log(`SIGKILL broker ${leader} (pid ${pid}), leader of busiest partition ${partition}`);
  process.kill(pid, 'SIGKILL');
  const at = Date.now();
  await sleep(t.brokerDownMs);
  await t.cluster.restart(leader);
  t.log(`broker ${leader} restarted`);
  return at;
}
