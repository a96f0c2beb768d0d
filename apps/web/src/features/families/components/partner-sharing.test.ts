import { describe, expect, it } from 'vitest'
import { maySharePartners } from './partner-sharing'

const mother = { personId: 'mother', ageYears: 38 }
const son = { personId: 'son', ageYears: 9 }
const yes = (personId: string, purpose = 'share_with_partners' as const) => ({
  personId,
  purpose,
  given: true,
})
const no = (personId: string) => ({ personId, purpose: 'share_with_partners' as const, given: false })

describe('maySharePartners', () => {
  it('is true once an adult member said yes and nobody said no', () => {
    expect(maySharePartners([mother, son], [yes('mother')])).toBe(true)
  })

  it('is false with no answer, with only a child’s yes, or with consent to another purpose', () => {
    expect(maySharePartners([mother, son], [])).toBe(false)
    expect(maySharePartners([mother, son], [yes('son')])).toBe(false)
    expect(
      maySharePartners(
        [mother, son],
        [{ personId: 'mother', purpose: 'share_with_municipality', given: true }],
      ),
    ).toBe(false)
  })

  it('is false as soon as any current member’s latest answer is no', () => {
    expect(maySharePartners([mother, son], [yes('mother'), no('son')])).toBe(false)
  })

  it('ignores answers of people who are no longer members', () => {
    expect(maySharePartners([mother], [yes('mother'), no('father')])).toBe(true)
  })
})
