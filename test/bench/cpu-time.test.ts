// The benchmark's CPU accounting: thread times from /proc and the ceiling they imply.
import { describe, expect, it } from 'vitest'
import { cpuCeiling, startCpuCount, threadCpuSeconds, totalCpu } from './cpu-time'

const spin = (ms: number) => {
  const end = performance.now() + ms
  let x = 0
  while (performance.now() < end) x += Math.sqrt(x + 1)
  return x
}

describe('CPU time per thread', () => {
  it.runIf(process.platform === 'linux')('counts the busy main thread, not its idle peers', () => {
    const before = threadCpuSeconds(process.pid)
    expect(before.has(process.pid)).toBe(true)
    const count = startCpuCount(process.pid)
    spin(300)
    const cpu = count(1000)
    const after = threadCpuSeconds(process.pid)
    expect(after.get(process.pid)! - before.get(process.pid)!).toBeGreaterThan(0.2)
    // 300 ms over 1,000 requests is ~300 us each, on the main thread and in this process.
    expect(cpu.main).toBeGreaterThan(200)
    expect(cpu.main).toBeLessThan(1000)
    expect(cpu.loadGenerator).toBeGreaterThanOrEqual(cpu.main * 0.8)
    expect(cpu.busiestOther).toBeLessThan(cpu.main / 2)
  })
})

describe('the ceiling at measured costs', () => {
  it('is bounded by every core busy', () => {
    const c = { main: 100, busiestOther: 150, rest: 50, loadGenerator: 100 }
    expect(totalCpu(c)).toBe(400)
    expect(cpuCeiling(c, 2)).toBe(5000)
  })

  it('is bounded by the main thread, which uses one core at most', () => {
    const c = { main: 300, busiestOther: 20, rest: 0, loadGenerator: 80 }
    expect(cpuCeiling(c, 2)).toBeCloseTo(1e6 / 300)
    expect(cpuCeiling(c, 8)).toBeCloseTo(1e6 / 300)
  })
})
