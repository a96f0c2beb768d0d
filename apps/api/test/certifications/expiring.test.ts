import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { CERTIFICATIONS, certify } from '../support/certification-factories.js'
import { signedInUser } from '../support/factories.js'
import { daysAgo, daysAhead } from '../support/family-factories.js'
import { methodologyCentre } from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('certifications expiring', () => {
  it('lists those lapsing in the next 90 days, or the days asked, soonest first, but not those renewed', async () => {
    const c = await methodologyCentre(t)
    const staff = await Promise.all(
      Array.from({ length: 5 }, () =>
        signedInUser(t, { roles: ['specialist'], organisationId: c.organisationId }),
      ),
    )
    const until = async (index: number, validUntil: string, level = 'accredited') =>
      certify(t, c.coordinator.auth, {
        userId: staff[index]?.user.id,
        methodologyId: c.methodology.id,
        level,
        certifiedOn: daysAgo(300),
        validUntil,
      })
    const soon = await until(0, daysAhead(10))
    const today = await until(1, daysAhead(0))
    const later = await until(2, daysAhead(100))
    await until(3, daysAgo(1))
    const renewed = await until(4, daysAhead(20))
    await certify(t, c.coordinator.auth, {
      userId: staff[4]?.user.id,
      methodologyId: c.methodology.id,
      level: 'supervisor',
      certifiedOn: daysAhead(21),
    })
    const ids = async (query: Record<string, unknown>) => {
      const response = await t.http().get(`${CERTIFICATIONS}/expiring`).query(query).set(c.coordinator.auth)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      return response.body.items.map((x: { id: string }) => x.id)
    }
    expect(await ids({})).toEqual([today.id, soon.id])
    expect(await ids({ days: 120 })).toEqual([today.id, soon.id, later.id])
    expect(await ids({ days: 120 })).not.toContain(renewed.id)
    for (const days of [0, 366, 'soon'])
      expectProblem(
        await t.http().get(`${CERTIFICATIONS}/expiring`).query({ days }).set(c.coordinator.auth),
        400,
        '/problems/validation',
      )
    expectProblem(
      await t.http().get(`${CERTIFICATIONS}/expiring`).set(c.specialist.auth),
      403,
      '/problems/forbidden',
    )
    const elsewhere = await methodologyCentre(t)
    const theirs = await t.http().get(`${CERTIFICATIONS}/expiring`).set(elsewhere.coordinator.auth)
    expect(theirs.body.items).toEqual([])
  })
})
