import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat's times. */
const CLK_TCK = 100;

function stat(pid: string): { ppid: string; cpu: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state ppid … utime(14) stime(15).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1]!, cpu: (Number(fields[11]) + Number(fields[12])) / CLK_TCK };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/**
 * CPU-seconds used so far by the Chromium launched with `profile` and every process below it
 * (renderers, GPU, utility): a load-independent measure where wall time is not, on a shared machine.
 */
export function chromiumCpuSeconds(profile: string): number {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const stats = new Map(
    pids.flatMap((p) => {
      const s = stat(p);
      return s ? [[p, s] as const] : [];
    }),
  );
  const ours = new Set(
    pids.filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`);
      } catch {
        return false;
      }
    }),
  );
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, s] of stats)
      if (!ours.has(pid) && ours.has(s.ppid)) {
        ours.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of ours) total += stats.get(pid)?.cpu ?? 0;
  return total;
}
