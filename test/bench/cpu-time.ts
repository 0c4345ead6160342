// CPU time of the server's threads and of the load generator over a run, from the kernel's
// accounting (/proc/<pid>/task/<tid>/stat, user + system), so that a throughput can be read
// against what it cost: which thread is saturated, and how many requests two cores could carry.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of the /proc times (USER_HZ; 100 on Linux unless told otherwise). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** CPU seconds used so far by each live thread of `pid`, by thread id. */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>()
  let tids: string[]
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return out // not Linux, or the process is gone
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS)
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out
}

/** CPU per request of one run, microseconds. */
export interface CpuPerRequest {
  /** The server's main thread: HTTP, routing, validation, scoring (the event loop). */
  main: number
  /** The server's busiest other thread (for submissions, the response writer). */
  busiestOther: number
  /** Every other thread of the server (GC helpers, the libuv pool, the module loader). */
  rest: number
  /** The benchmark process: autocannon building requests and reading replies. */
  loadGenerator: number
}

/** Starts counting; `stop(requests)` answers the CPU per request since the start. */
export function startCpuCount(serverPid: number) {
  const server0 = threadCpuSeconds(serverPid)
  const self0 = process.cpuUsage()
  return (requests: number): CpuPerRequest => {
    const server1 = threadCpuSeconds(serverPid)
    const self = process.cpuUsage(self0)
    const per = (seconds: number) => (requests > 0 ? (seconds * 1e6) / requests : NaN)
    const used = [...server1].map(([tid, s]) => [tid, s - (server0.get(tid) ?? 0)] as const)
    const main = used.find(([tid]) => tid === serverPid)?.[1] ?? 0
    const others = used.filter(([tid]) => tid !== serverPid).map(([, s]) => s)
    const busiest = Math.max(0, ...others)
    const rest = others.reduce((sum, s) => sum + s, 0) - busiest
    return {
      main: per(main),
      busiestOther: per(busiest),
      rest: per(rest),
      loadGenerator: per((self.user + self.system) / 1e6),
    }
  }
}

/** Server and load generator together, microseconds per request. */
export const totalCpu = (c: CpuPerRequest) => c.main + c.busiestOther + c.rest + c.loadGenerator

/**
 * The most requests per second `cores` could carry at these costs: every core busy, and the main
 * thread (one core at most) not past its own limit.
 */
export function cpuCeiling(c: CpuPerRequest, cores: number): number {
  return Math.min((cores * 1e6) / totalCpu(c), 1e6 / c.main)
}

/** Busy until this thread has used `ms` of CPU by the kernel's count (a shared machine, or the
 * loader's own threads, may slow it: wall time would not do). */
const spin = (ms: number) => {
  const own = () => threadCpuSeconds(process.pid).get(process.pid) ?? 0
  const start = own()
  let x = 0
  for (let rounds = 0; rounds < 10_000; rounds++) {
    for (let i = 0; i < 200_000; i++) x += Math.sqrt(x + 1)
    if ((own() - start) * 1000 >= ms) return x
  }
  return x
}

/**
 * The bench's self-check before it measures (it used to be a timed test in `npm test`, where a
 * shared machine's load could fail it): the main thread busy for 300 ms of its own CPU, counted as
 * 1,000 requests, must read as ~300 us each on this process's main thread and in its total (the
 * load generator's share), whatever else the machine or this process's other threads do. Throws
 * when the kernel's accounting cannot be read or looks wrong, so no CPU figure is reported from a
 * broken count.
 */
export function checkCpuAccounting(): void {
  if (process.platform !== 'linux') return
  if (!threadCpuSeconds(process.pid).has(process.pid)) {
    throw new Error('CPU accounting looks wrong: the main thread is not listed in /proc')
  }
  const count = startCpuCount(process.pid)
  spin(300)
  const cpu = count(1000)
  const problems = [
    (cpu.main < 250 || cpu.main > 1000) && `main ${cpu.main.toFixed(0)} us, not ~300`,
    cpu.loadGenerator < cpu.main * 0.8 && 'the process total is below its main thread',
  ].filter(Boolean)
  if (problems.length > 0) throw new Error(`CPU accounting looks wrong: ${problems.join('; ')}`)
}

/**
 * CPU seconds used so far by every PostgreSQL server process on this machine (comm `postgres`),
 * for the database's share of a submission when the PostgreSQL leg runs against a local server.
 */
export function postgresCpuSeconds(): number {
  let total = 0
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p))
  } catch {
    return 0
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      if (comm !== 'postgres') continue
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      total += (Number(fields[11]) + Number(fields[12])) / TICKS
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total
}
