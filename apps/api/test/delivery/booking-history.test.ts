import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { appointments } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  addToCaseTeam,
  at,
  book,
  bookingBody,
  bookingCentre,
  closeAppointment,
  pastAt,
} from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'

const t = useTestApp()

interface Event {
  at: string
  kind: string
  entityId: string
  actor: string | null
  details: Record<string, string | null>
}

describe('GET /api/v1/families/:familyId/timeline with appointments', () => {
  it('shows appointments booked, completed, missed and cancelled, to whoever may read the timeline', async () => {
    const c = await bookingCentre(t)
    const kept = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: pastAt(3, 9), endsAt: pastAt(3, 10) }),
    )
    const missed = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: pastAt(4, 9), endsAt: pastAt(4, 10) }),
    )
    const dropped = await book(t, c.coordinator.auth, bookingBody(c))
    await closeAppointment(t, c.coordinator.auth, kept.id, 'complete')
    await closeAppointment(t, c.coordinator.auth, missed.id, 'no-show')
    await closeAppointment(t, c.coordinator.auth, dropped.id, 'cancel')

    const reader = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    await addToCaseTeam(t.db, c.family.id, reader.user.id)
    const response = await t
      .http()
      .get(`/api/v1/families/${c.family.id}/timeline`)
      .set(reader.auth)
      .query({ limit: 100 })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const events = (response.body.items as Event[]).filter((e) => e.kind.startsWith('appointment_'))
    const of = (id: string) => events.filter((e) => e.entityId === id).map((e) => e.kind)
    expect(of(kept.id)).toEqual(['appointment_completed', 'appointment_booked'])
    expect(of(missed.id)).toEqual(['appointment_no_show', 'appointment_booked'])
    expect(of(dropped.id)).toEqual(['appointment_cancelled', 'appointment_booked'])
    const booked = events.find((e) => e.entityId === kept.id && e.kind === 'appointment_booked')
    expect(booked).toMatchObject({
      actor: c.coordinator.user.name,
      details: {
        service: 'Psichologo konsultacija',
        specialist: c.specialist.user.name,
        startsAt: new Date(pastAt(3, 9)).toISOString(),
      },
    })
    const cancelled = events.find((e) => e.kind === 'appointment_cancelled')
    expect(cancelled?.details).toMatchObject({
      startsAt: new Date(at(4, 10)).toISOString(),
      reason: 'Šeima paprašė.',
    })
    const [row] = await t.db.select().from(appointments).where(eq(appointments.id, dropped.id))
    expect(cancelled?.at).toBe(row?.updatedAt.toISOString())
  })

  it('pages through appointment events with nothing lost or repeated', async () => {
    const c = await bookingCentre(t)
    for (const day of [3, 4, 5, 6]) {
      const created = await book(
        t,
        c.coordinator.auth,
        bookingBody(c, { startsAt: pastAt(day, 9), endsAt: pastAt(day, 10) }),
      )
      await closeAppointment(t, c.coordinator.auth, created.id, day % 2 ? 'complete' : 'no-show')
    }
    const all = await t
      .http()
      .get(`/api/v1/families/${c.family.id}/timeline`)
      .set(c.coordinator.auth)
      .query({ limit: 100 })
    const seen: Event[] = []
    let cursor: string | null = null
    do {
      const page = await t
        .http()
        .get(`/api/v1/families/${c.family.id}/timeline`)
        .set(c.coordinator.auth)
        .query({ limit: 3, ...(cursor ? { cursor } : {}) })
      expect(page.status).toBe(200)
      seen.push(...page.body.items)
      cursor = page.body.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.body.items)
    expect(seen.filter((e) => e.kind.startsWith('appointment_'))).toHaveLength(8)
  })
})
