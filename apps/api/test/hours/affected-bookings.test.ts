import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  addRoom,
  at,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  closeAppointment,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf } from '../support/factories.js'
import { createGroupService, createRun } from '../support/group-factories.js'
import { absencesPath, entry, hoursPath } from './support.js'

const t = useTestApp()
let c: BookingCentre
let inside: { id: string }
let groupRun: { id: string; sessions: { id: string; startsAt: string; endsAt: string }[] }

/** The centre's specialist, with a 10:00 appointment on 4 January 2027 and a 15:00 group session on the 5th. */
beforeAll(async () => {
  c = await bookingCentre(t)
  const auth = c.coordinator.auth
  inside = await book(t, auth, bookingBody(c))
  const cancelled = await book(t, auth, bookingBody(c, { startsAt: at(4, 12), endsAt: at(4, 13) }))
  await closeAppointment(t, auth, cancelled.id, 'cancel')
  await book(t, auth, bookingBody(c, { startsAt: at(11, 10), endsAt: at(11, 11) }))
  const other = await specialist(t, c.organisationId, c.siteId)
  const otherRoom = await addRoom(t.db, c.siteId)
  await book(t, auth, bookingBody(c, { specialistId: other.user.id, roomId: otherRoom.id }))
  const groupService = await createGroupService(t.db, c.organisationId)
  const groupRoom = await addRoom(t.db, c.siteId, { kind: 'group', capacity: 10 })
  groupRun = await createRun(t, auth, {
    serviceId: groupService.id,
    title: 'Tėvystės įgūdžių grupė',
    roomId: groupRoom.id,
    facilitatorIds: [c.specialist.user.id],
    sessions: { dates: [{ startsAt: at(5, 15), endsAt: at(5, 16, 30) }] },
  })
})

describe('POST /api/v1/staff/:userId/absences lists what the absence affects', () => {
  it('returns the scheduled appointment and group session in the period, by start, cancelling nothing', async () => {
    const response = await t
      .http()
      .post(absencesPath(c.specialist.user.id))
      .set(c.coordinator.auth)
      .send({ kind: 'sickness', startsAt: at(4, 0), endsAt: at(6, 0) })
    expect(response.status).toBe(201)
    const session = groupRun.sessions[0]
    expect(response.body.affected).toEqual([
      {
        kind: 'appointment',
        id: inside.id,
        startsAt: '2027-01-04T08:00:00.000Z',
        endsAt: '2027-01-04T09:00:00.000Z',
        title: 'Psichologo konsultacija',
        familyReferenceCode: expect.any(String),
        runId: null,
      },
      {
        kind: 'group_session',
        id: session?.id,
        startsAt: '2027-01-05T13:00:00.000Z',
        endsAt: '2027-01-05T14:30:00.000Z',
        title: 'Tėvystės įgūdžių grupė',
        familyReferenceCode: null,
        runId: groupRun.id,
      },
    ])
    const booking = await t.http().get(`/api/v1/bookings/${inside.id}`).set(c.coordinator.auth)
    expect(booking.body.status).toBe('scheduled')
    const [entry] = await auditRowsOf(t.db, 'absence.create', response.body.id)
    expect(entry?.details).toMatchObject({ affected: [inside.id, session?.id] })
  })

  it('returns an empty list when nothing falls inside', async () => {
    const response = await t
      .http()
      .post(absencesPath(c.specialist.user.id))
      .set(c.coordinator.auth)
      .send({ kind: 'leave', startsAt: at(20, 0), endsAt: at(22, 0) })
    expect(response.status).toBe(201)
    expect(response.body.affected).toEqual([])
  })
})

const everyDay = (startsAt: string, endsAt: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
    entry(c.siteId, { weekday, startsAt, endsAt, validFrom: '2020-01-01' }),
  )
const putHours = (entries: unknown[]) =>
  t.http().put(hoursPath(c.specialist.user.id)).set(c.coordinator.auth).send({ entries })

describe('PUT /api/v1/staff/:userId/working-hours lists what falls outside the new hours', () => {
  it('lists an afternoon appointment and group session, not a cancelled one, once narrowed to mornings', async () => {
    const afternoon = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: at(6, 14), endsAt: at(6, 15) }),
    )
    const response = await putHours(everyDay('08:00', '12:00'))
    expect(response.status).toBe(200)
    expect(response.body.entries).toHaveLength(7)
    expect(response.body.outsideHours).toEqual([
      expect.objectContaining({ kind: 'group_session', id: groupRun.sessions[0]?.id, runId: groupRun.id }),
      {
        kind: 'appointment',
        id: afternoon.id,
        startsAt: '2027-01-06T12:00:00.000Z',
        endsAt: '2027-01-06T13:00:00.000Z',
        title: 'Psichologo konsultacija',
        familyReferenceCode: expect.any(String),
        runId: null,
      },
    ])
    const [audited] = await auditRowsOf(t.db, 'working_hours.replace', c.specialist.user.id)
    expect(audited?.details).toMatchObject({ entries: 7 })
  })

  it('lists nothing once the hours cover every booking again', async () => {
    const response = await putHours(everyDay('08:00', '20:00'))
    expect(response.status).toBe(200)
    expect(response.body.outsideHours).toEqual([])
  })
})
