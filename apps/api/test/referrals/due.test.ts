import { describe, expect, it } from 'vitest'
import { answerDueAt } from '../../src/modules/referrals/due.js'

describe('when a referral must be answered', () => {
  it('is 24 hours after an urgent referral arrives', () => {
    const at = new Date('2026-12-04T22:15:00.000Z')
    expect(answerDueAt(at, 'urgent').toISOString()).toBe('2026-12-05T22:15:00.000Z')
  })

  it('is the same Vilnius time 3 working days after a routine one, weekends skipped', () => {
    // Thursday 10:30 in Vilnius (UTC+2) → Tuesday 10:30.
    expect(answerDueAt(new Date('2026-12-03T08:30:00.000Z'), 'routine').toISOString()).toBe(
      '2026-12-08T08:30:00.000Z',
    )
    // Saturday 00:30 in Vilnius (still Friday in UTC) counts from Saturday → Wednesday 00:30 Vilnius.
    expect(answerDueAt(new Date('2026-12-04T22:30:00.000Z'), 'routine').toISOString()).toBe(
      '2026-12-08T22:30:00.000Z',
    )
  })

  it('crosses the spring clock change keeping the Vilnius time of day', () => {
    // Thursday 26 March 2026 12:00 (UTC+2) → Tuesday 31 March 12:00 (UTC+3).
    expect(answerDueAt(new Date('2026-03-26T10:00:00.000Z'), 'routine').toISOString()).toBe(
      '2026-03-31T09:00:00.000Z',
    )
  })
})
