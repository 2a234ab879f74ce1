/**
 * CPU time of a set of processes, read from /proc (Linux): on a shared machine, throughput depends on what else
 * runs, but the CPU seconds spent per operation do not. `track` samples the processes every 200 ms (so that
 * backends which exit before the end still count up to their last sample); `stop` returns the seconds used since
 * `start` by every process seen.
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return null;
  }
}

/** Backends of one PostgreSQL database, found by their process title ("postgres: … <db> …"). */
export function backendsOf(database: string): () => number[] {
  return () =>
    fs.readdirSync('/proc').flatMap((entry) => {
      if (!/^\d+$/.test(entry)) return [];
      try {
        const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        return cmd.startsWith('postgres: ') && cmd.split(' ').includes(database) ? [Number(entry)] : [];
      } catch {
        return [];
      }
    });
}

export function cpuMeter(...sources: (() => number[])[]) {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let started = false;
  const sample = () => {
    for (const pid of sources.flatMap((s) => s())) {
      const ticks = cpuTicks(pid);
      if (ticks === null) continue;
      if (!first.has(pid)) first.set(pid, started ? 0 : ticks);
      last.set(pid, ticks);
    }
  };
  let timer: NodeJS.Timeout | null = null;
  return {
    start() {
      sample();
      started = true;
      timer = setInterval(sample, 200);
    },
    stop(): number {
      if (timer) clearInterval(timer);
      sample();
      let ticks = 0;
      for (const [pid, end] of last) ticks += end - (first.get(pid) ?? 0);
      return ticks / TICKS_PER_SECOND;
    },
  };
}
