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
        {
          pointer: '/capacity',
          code: 'room-too-small',
          message: "must be at most 20, the room's capacity",
          params: { limit: 20 },
        },
        {
          pointer: '/sessions/weekly/count',
          code: 'too-large',
          message: 'must be at most 52',
          params: { limit: 52 },
        },
        {
          pointer: '/sessions/dates/2/startsAt',
          code: 'not-a-date-time',
          message: 'must be a date and time',
        },
        {
          pointer: '/sessions/dates/0/endsAt',
          code: 'appointment-length',
          message: 'must be 5 minutes to 8 hours after startsAt',
        },
        { pointer: '/sessions', code: 'sessions-overlap', message: 'sessions must not overlap one another' },
      ],
    })
    expect(runFormErrors(error)).toEqual({
      capacity: 'Patalpoje telpa ne daugiau kaip 20',
      count: 'Ne daugiau kaip 52',
      'dates.2': 'Įveskite datą ir laiką',
      durationMinutes: 'Vizitas trunka nuo 5 minučių iki 8 valandų',
      schedule: 'Užsiėmimai persidengia',
    })
    expect(
      runFormErrors(new ApiError({ status: 409, type: '/problems/double-booking', title: '', detail: 'x' })),
    ).toBeNull()
  })
})
