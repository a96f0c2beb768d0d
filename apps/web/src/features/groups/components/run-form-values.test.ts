import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-error'
import { i18n } from '../../../lib/i18n'
import { emptyRunForm, runFormErrors, toCreateBody, validateRunForm } from './run-form-values'

const base = {
  ...emptyRunForm,
  serviceId: '1e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  title: '  Tėvystės grupė  ',
  facilitatorIds: ['2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
  capacity: 2,
  durationMinutes: 120,
}

describe('the new group form', () => {
  it('sends a weekly series from the Vilnius wall-clock time picked (winter: UTC+2)', () => {
    const body = toCreateBody({ ...base, firstStartsAt: '2026-12-07 14:00:00', count: 8, intervalWeeks: 2 })
    expect(body).toEqual({
      serviceId: base.serviceId,
      title: 'Tėvystės grupė',
      capacity: 2,
      facilitatorIds: base.facilitatorIds,
      sessions: {
        weekly: {
          firstStartsAt: '2026-12-07T12:00:00.000Z',
          durationMinutes: 120,
          count: 8,
          intervalWeeks: 2,
        },
      },
    })
  })

  it('sends listed dates with their ends from the length (summer: UTC+3)', () => {
    const body = toCreateBody({
      ...base,
      schedule: 'dates',
      durationMinutes: 90,
      dates: ['2027-06-01 10:00:00', '2027-06-08 10:30:00'],
    })
    expect(body.sessions).toEqual({
      dates: [
        { startsAt: '2027-06-01T07:00:00.000Z', endsAt: '2027-06-01T08:30:00.000Z' },
        { startsAt: '2027-06-08T07:30:00.000Z', endsAt: '2027-06-08T09:00:00.000Z' },
      ],
    })
  })

  it('says what is missing or out of range before sending, including a room too small', () => {
    const errors = validateRunForm(
      { ...base, capacity: 30, facilitatorIds: [], firstStartsAt: null, count: 60 },
      i18n.getFixedT('en'),
      20,
    )
    expect(errors).toEqual({
      capacity: 'The room holds at most 20',
      facilitatorIds: 'Required',
      firstStartsAt: 'Required',
      count: 'From 1 to 52',
    })
    expect(
      validateRunForm(
        { ...base, schedule: 'dates', dates: ['2027-06-01 10:00:00', null] },
        i18n.getFixedT('en'),
        null,
      ),
    ).toEqual({ 'dates.1': 'Required' })
  })

  it("puts the server's field pointers on the form's fields", () => {
    const error = new ApiError({
      status: 400,
      type: '/problems/validation',
      title: 'Invalid',
      detail: '',
      fieldErrors: [
        { pointer: '/capacity', message: 'must be at most 20' },
        { pointer: '/sessions/weekly/count', message: 'must be <= 52' },
        { pointer: '/sessions/dates/2/startsAt', message: 'must be a date-time' },
        { pointer: '/sessions/dates/0/endsAt', message: 'must end after it starts' },
        { pointer: '/sessions', message: 'sessions must not overlap one another' },
      ],
    })
    expect(runFormErrors(error)).toEqual({
      capacity: 'must be at most 20',
      count: 'must be <= 52',
      'dates.2': 'must be a date-time',
      durationMinutes: 'must end after it starts',
      schedule: 'sessions must not overlap one another',
    })
    expect(
      runFormErrors(new ApiError({ status: 409, type: '/problems/double-booking', title: '', detail: 'x' })),
    ).toBeNull()
  })
})
