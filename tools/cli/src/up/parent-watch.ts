/**
 * Preloaded into every child of `spanstream up` (`node --import …/parent-watch.ts main.ts`): when the
 * supervisor is gone (even killed with SIGKILL, which it cannot pass on), the child is re-parented and
 * its `process.ppid` changes; the child then stops itself as on SIGTERM (graceful shutdown), and exits
 * for good if that takes too long. Linux's PR_SET_PDEATHSIG is not reachable from Node, hence the poll.
 */
const SUPERVISOR_ENV = 'SPANSTREAM_SUPERVISOR_PID';
const POLL_MS = 200;
const GRACE_MS = 10_000;

const supervisor = Number(process.env[SUPERVISOR_ENV]);
// Not inherited by this process's own children (a UI build, say): they have another parent.
delete process.env.SPANSTREAM_SUPERVISOR_PID;

if (Number.isInteger(supervisor) && supervisor > 0) {
  const orphaned = (): boolean => process.ppid !== supervisor;
  const timer = setInterval(() => {
    if (!orphaned()) return;
    clearInterval(timer);
    process.stderr.write(`spanstream: supervisor ${String(supervisor)} is gone; stopping\n`);
    setTimeout(() => process.exit(1), GRACE_MS).unref();
    process.kill(process.pid, 'SIGTERM');
  }, POLL_MS);
  timer.unref();
  // Started after the supervisor died already: stop at once rather than after the first poll.
  if (orphaned()) process.kill(process.pid, 'SIGTERM');
}
