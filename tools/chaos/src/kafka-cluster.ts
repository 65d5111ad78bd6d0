import { join } from 'node:path';
import {
  down,
  kafkaClusterBrokers,
  kafkaClusterMembers,
  readEndpoints,
  stateDir,
  upService,
} from '@spanstream/stack';

/**
 * The stack script's opt-in 3-broker cluster, run under its own state dir (default
 * `<stack dir>/chaos`, or SPANSTREAM_CHAOS_STACK_DIR) so that it never touches the shared stack.
 */
export interface ChaosKafkaCluster {
  readonly brokers: readonly string[];
  pidOf(nodeId: number): number | undefined;
  /** Starts a member again (after a kill) and waits until it answers. */
  restart(nodeId: number): Promise<void>;
  /** Stops the cluster if this run started it. */
  close(): Promise<void>;
}

export async function chaosKafkaCluster(env: NodeJS.ProcessEnv = process.env): Promise<ChaosKafkaCluster> {
  const clusterEnv = {
    ...env,
    SPANSTREAM_STACK_DIR: env['SPANSTREAM_CHAOS_STACK_DIR'] ?? join(stateDir(env), 'chaos'),
  };
  // The run owns the cluster (and stops it at the end) only if it started every member.
  let started = true;
  for (const member of kafkaClusterMembers) {
    const result = await upService(member, clusterEnv);
    started &&= result.state === 'started';
  }
  return {
    brokers: kafkaClusterBrokers,
    pidOf: (nodeId) => readEndpoints(clusterEnv)[`kafka-cluster-${nodeId}` as 'kafka-cluster-1']?.pid,
    async restart(nodeId) {
      const member = kafkaClusterMembers[nodeId - 1];
      if (member === undefined) throw new Error(`no cluster member ${nodeId}`);
      await upService(member, clusterEnv);
    },
    async close() {
      if (started) await down(kafkaClusterMembers, clusterEnv);
    },
  };
}
