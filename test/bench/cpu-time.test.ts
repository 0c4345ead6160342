// The ceiling that the benchmark's CPU figures imply (pure arithmetic; the accounting itself is
// checked by the bench before it measures: checkCpuAccounting, never timed inside npm test).
import { describe, expect, it } from 'vitest'
import { cpuCeiling, totalCpu } from './cpu-time'

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
