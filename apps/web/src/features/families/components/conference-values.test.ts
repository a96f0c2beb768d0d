import type { Conference } from '@onestop/contracts'
import { beforeEach, describe, expect, it } from 'vitest'
import { todayInVilnius } from '../../../lib/format'
import { i18n } from '../../../lib/i18n'
import { conferenceBody, conferenceValuesOf, newStep, validateConference } from './conference-values'
import { confirmationOf } from './planned-date'

/** A day `days` from today in Vilnius (negative: before), so the tests hold on whatever day they run. */
const fromToday = (days: number) => {
  const date = new Date(`${todayInVilnius()}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const values = (dueDates: string[], confirmedDate = '') => ({
  ...conferenceValuesOf(),
  heldAt: '2026-11-20T10:00',
  agenda: 'Vaikų bendravimo tvarka.',
  externals: [{ key: 'x', name: 'Rasa Kavaliauskienė', organisation: '' }],
  steps: dueDates.map((dueOn) => ({ ...newStep(), description: 'Susitikti su mokykla.', dueOn })),
  confirmedDate,
})

const validate = (v: ReturnType<typeof values>, conference?: Conference) =>
  validateConference(v, i18n.t, 'lt', conference)

describe('conference next steps due before today', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('need the past due dates confirmed, and the body says so once they are', () => {
    const past = [fromToday(-3), fromToday(-10)]
    const unconfirmed = values([fromToday(5), ...past])
    expect(validate(unconfirmed).confirmedDate).toBe('Patvirtinkite praėjusią datą arba pasirinkite kitą')
    const confirmed = values([fromToday(5), ...past], confirmationOf([...past].sort()))
    expect(validate(confirmed).confirmedDate).toBeNull()
    expect(conferenceBody(confirmed).pastDateConfirmed).toBe(true)
  })

  it('neither ask nor send a confirmation for steps due today or later, or without a date', () => {
    const v = values([todayInVilnius(), fromToday(30), ''])
    expect(validate(v).confirmedDate).toBeNull()
    expect(conferenceBody(v)).not.toHaveProperty('pastDateConfirmed')
  })

  it('keep a past due date the conference already had without asking again', () => {
    const kept = fromToday(-7)
    const conference = {
      steps: [{ id: 's', description: 'Susitikti.', goalId: null, responsible: null, dueOn: kept }],
    } as unknown as Conference
    const v = values([kept])
    expect(validate(v, conference).confirmedDate).toBeNull()
    expect(conferenceBody(v, conference)).not.toHaveProperty('pastDateConfirmed')
    expect(validate(values([kept, fromToday(-8)]), conference).confirmedDate).not.toBeNull()
  })

  it('refuses a due date more than a year back at its field', () => {
    const errors = validate(values([fromToday(2), fromToday(-400)], confirmationOf([fromToday(-400)])))
    expect(errors['steps.0.dueOn']).toBeNull()
    expect(errors['steps.1.dueOn']).toMatch(/arba vėlesnę datą$/)
  })
})
