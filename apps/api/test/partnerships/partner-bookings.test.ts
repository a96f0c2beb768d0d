import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { deliveredServices } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  BOOKINGS,
  bookingBody,
  bookingCentre,
  bookingPath,
  createService,
  giveWorkingHours,
  pastAt,
} from '../support/booking-factories.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { familyPath, membersOf } from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

/** A centre, a partner NGO whose psychologist works at the centre's site, and a partnership for the service. */
async function partnerScene() {
  const c = await bookingCentre(t)
  const ngo = await createOrganisation(t.db)
  const psychologist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: ngo.id,
  })
  await giveWorkingHours(t.db, psychologist.user.id, c.siteId)
  const body = bookingBody(c, {
    specialistId: psychologist.user.id,
    startsAt: pastAt(2, 10),
    endsAt: pastAt(2, 11),
  })
  const bookPartner = (overrides: Record<string, unknown> = {}) =>
    t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send({ ...body, ...overrides })
  const [member] = await membersOf(t, c.coordinator.auth, c.family.id)
  const consent = (given: boolean) =>
    t
      .http()
      .post(`${familyPath(c.family.id)}/members/${member?.id}/consents`)
      .set(c.coordinator.auth)
      .send({ purpose: 'share_with_partners', given })
  return { c, ngo, psychologist, bookPartner, consent }
}

describe('booking a partner organisation’s specialist for a shared family', () => {
  it('is refused without a partnership, consent, the service in the partnership or a place on the team', async () => {
    const s = await partnerScene()
    expectProblem(await s.bookPartner(), 400, '/problems/validation')
    await createPartnership(t.db, s.c.organisationId, s.ngo.id, { serviceIds: [s.c.serviceId] })
    expectProblem(await s.bookPartner(), 409, '/problems/partner-consent-required')
    expect((await s.consent(true)).status).toBe(201)
    expectProblem(await s.bookPartner(), 409, '/problems/partner-not-on-team')
    const added = await t
      .http()
      .post(`${familyPath(s.c.family.id)}/team`)
      .set(s.c.coordinator.auth)
      .send({ userId: s.psychologist.user.id })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const otherService = await createService(t.db, s.c.organisationId)
    expectProblem(
      await s.bookPartner({ serviceId: otherService.id }),
      409,
      '/problems/service-outside-partnership',
    )
    const booked = await s.bookPartner()
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
  })

  it('lets the partner specialist record the session as delivered or missed, until consent is withdrawn', async () => {
    const s = await partnerScene()
    await createPartnership(t.db, s.c.organisationId, s.ngo.id, { serviceIds: [s.c.serviceId] })
    await s.consent(true)
    await t
      .http()
      .post(`${familyPath(s.c.family.id)}/team`)
      .set(s.c.coordinator.auth)
      .send({ userId: s.psychologist.user.id })
    const booked = await s.bookPartner()
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
    const completed = await t
      .http()
      .post(`${bookingPath(booked.body.id)}/complete`)
      .set(s.psychologist.auth)
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    const deliveries = await t.db
      .select()
      .from(deliveredServices)
      .where(eq(deliveredServices.sourceId, booked.body.id))
    expect(deliveries.length).toBeGreaterThan(0)
    expect(deliveries.every((d) => d.deliveredById === s.psychologist.user.id)).toBe(true)
    expect(deliveries.every((d) => d.organisationId === s.c.organisationId)).toBe(true)

    // Attendance too: the partner records that the family did not come to the next session.
    const missed = await s.bookPartner({ startsAt: pastAt(2, 12), endsAt: pastAt(2, 13) })
    expect(missed.status, JSON.stringify(missed.body)).toBe(201)
    const noShow = await t
      .http()
      .post(`${bookingPath(missed.body.id)}/no-show`)
      .set(s.psychologist.auth)
    expect(noShow.status, JSON.stringify(noShow.body)).toBe(200)
    expect(noShow.body.status).toBe('no_show')

    expect((await s.consent(false)).status).toBe(201)
    expectProblem(
      await t.http().get(bookingPath(booked.body.id)).set(s.psychologist.auth),
      404,
      '/problems/not-found',
    )
  })
})
