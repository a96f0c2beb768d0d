import { describe, expect, it } from 'vitest'
import { changedFields } from './changed-fields'

describe('changedFields', () => {
  it('keeps only the values that differ, null included', () => {
    const current = { name: 'Grupių salė', capacity: 20, note: 'x', active: true }
    expect(changedFields({ name: 'Grupių salė', capacity: 12, note: null, active: true }, current)).toEqual({
      capacity: 12,
      note: null,
    })
  })

  it('is empty when nothing changed', () => {
    const current = { cap: 'soft', plannedUnits: 3 }
    expect(changedFields({ cap: 'soft' }, current)).toEqual({})
  })
})
