import { describe, expect, it } from 'vitest'
import { monthsIn, monthsOf, periodOf, shiftMonth } from '../../src/modules/statistics/period.js'

describe('the statistics period', () => {
  it('defaults to the last 12 months up to the current Vilnius month', () => {
    // 00:30 on 1 January 2027 in Vilnius, still 2026 in UTC.
    const now = new Date('2026-12-31T22:30:00Z')
    expect(periodOf({}, now)).toEqual({ from: '2026-02', to: '2027-01' })
    expect(periodOf({ to: '2026-06' }, now)).toEqual({ from: '2025-07', to: '2026-06' })
    expect(periodOf({ from: '2026-10' }, now)).toEqual({ from: '2026-10', to: '2027-01' })
  })

  it('counts and lists months across years', () => {
    expect(shiftMonth('2025-01', -1)).toBe('2024-12')
    expect(shiftMonth('2025-11', 3)).toBe('2026-02')
    expect(monthsIn({ from: '2023-01', to: '2025-12' })).toBe(36)
    expect(monthsOf({ from: '2024-11', to: '2025-02' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })

  it('refuses a period ending before it starts or longer than 36 months', () => {
    const now = new Date('2027-01-15T10:00:00Z')
    expect(() => periodOf({ from: '2025-03', to: '2025-02' }, now)).toThrow(/end before it starts/)
    expect(() => periodOf({ from: '2023-01', to: '2026-01' }, now)).toThrow(/at most 36 months/)
    expect(() => periodOf({ from: '2024-01' }, now)).toThrow(/at most 36 months/)
    expect(periodOf({ from: '2023-01', to: '2025-12' }, now)).toEqual({ from: '2023-01', to: '2025-12' })
  })
})
