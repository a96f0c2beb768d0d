import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createSite, giveWorkingHours } from '../support/booking-factories.js'
import { CERTIFICATIONS, certify } from '../support/certification-factories.js'
import { createUser, signedInUser } from '../support/factories.js'
import { daysAgo, daysAhead } from '../support/family-factories.js'
import { createMethodology, methodologyCentre } from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()
const MATRIX = `${CERTIFICATIONS}/matrix`

interface Matrix {
  methodologies: { id: string; name: string }[]
  staff: {
    id: string
    name: string
    cells: { methodologyId: string; status: string; level: string | null }[]
  }[]
}

describe('the competence matrix', () => {
  it('shows every active staff member × active methodology with the status of today', async () => {
    const c = await methodologyCentre(t, { name: 'A programa' })
    const second = await createMethodology(t, c.admin.auth, { name: 'B programa' })
    const retired = await createMethodology(t, c.admin.auth, { name: 'C programa' })
    await t
      .http()
      .patch(`/api/v1/methodologies/${retired.id}`)
      .set(c.admin.auth)
      .set({ 'if-match': '"1"' })
      .send({ active: false })
    const person = (name: string) =>
      signedInUser(t, {
        roles: ['specialist'],
        professions: ['social_worker'],
        organisationId: c.organisationId,
        name,
      })
    const [certified, expiring, expired, training, revoked] = await Promise.all(
      ['1 Sertifikuota', '2 Baigiasi', '3 Pasibaigęs', '4 Mokosi', '5 Atšauktas'].map(person),
    )
    await createUser(t.db, {
      roles: ['specialist'],
      professions: ['social_worker'],
      organisationId: c.organisationId,
      active: false,
    })
    const cert = (userId: string | undefined, body: Record<string, unknown>) =>
      certify(t, c.coordinator.auth, {
        userId,
        methodologyId: c.methodology.id,
        level: 'accredited',
        ...body,
      })
    await cert(certified?.user.id, { certifiedOn: daysAgo(30), validUntil: daysAhead(200) })
    // An older, lapsed one does not hide the valid one.
    await cert(certified?.user.id, { certifiedOn: daysAgo(900), validUntil: daysAgo(31) })
    await cert(expiring?.user.id, { certifiedOn: daysAgo(30), validUntil: daysAhead(90) })
    await cert(expired?.user.id, { certifiedOn: daysAgo(300), validUntil: daysAgo(1) })
    await cert(certified?.user.id, {
      level: 'supervisor',
      certifiedOn: daysAgo(10),
      validUntil: daysAhead(300),
    })
    await cert(training?.user.id, {
      level: 'trainee',
      certifiedOn: daysAgo(5),
      supervisorId: certified?.user.id,
    })
    const gone = await cert(revoked?.user.id, { certifiedOn: daysAgo(30) })
    await t
      .http()
      .post(`${CERTIFICATIONS}/${gone.id}/revoke`)
      .set(c.coordinator.auth)
      .set({ 'if-match': '"1"' })
      .send({ reason: 'Klaida.' })
    // Not yet started: counts for nothing today.
    await cert(expired?.user.id, { certifiedOn: daysAhead(5), methodologyId: second.id })

    const response = await t.http().get(MATRIX).query({ profession: 'social_worker' }).set(c.coordinator.auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const matrix = response.body as Matrix
    expect(matrix.methodologies.map((m) => m.name)).toEqual(['A programa', 'B programa'])
    const statuses = Object.fromEntries(
      matrix.staff.map((s) => [
        s.name,
        s.cells.map((cell) => `${cell.status}${cell.level ? `:${cell.level}` : ''}`),
      ]),
    )
    expect(statuses).toEqual({
      '1 Sertifikuota': ['certified:supervisor', 'none'],
      '2 Baigiasi': ['expiring:accredited', 'none'],
      '3 Pasibaigęs': ['expired:accredited', 'none'],
      '4 Mokosi': ['in_training:trainee', 'none'],
      '5 Atšauktas': ['none', 'none'],
    })
    expect(matrix.staff[0]?.cells.map((cell) => cell.methodologyId)).toEqual([c.methodology.id, second.id])
  })

  it('filters by site and profession, is for coordinators and admins only, and shows one organisation', async () => {
    const c = await methodologyCentre(t)
    const site = await createSite(t.db, c.organisationId)
    const there = await signedInUser(t, {
      roles: ['specialist'],
      professions: ['lawyer'],
      organisationId: c.organisationId,
    })
    await giveWorkingHours(t.db, there.user.id, site.id)
    const names = async (query: Record<string, string>) => {
      const response = await t.http().get(MATRIX).query(query).set(c.admin.auth)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      return (response.body as Matrix).staff.map((s) => s.id)
    }
    expect(await names({ siteId: site.id })).toEqual([there.user.id])
    expect(await names({ profession: 'lawyer' })).toEqual([there.user.id])
    expect(await names({ profession: 'psychologist' })).toEqual([c.specialist.user.id])
    expect((await names({})).sort()).toEqual(
      [c.admin.user.id, c.coordinator.user.id, c.specialist.user.id, there.user.id].sort(),
    )
    const elsewhere = await methodologyCentre(t)
    expect(await names({ siteId: (await createSite(t.db, elsewhere.organisationId)).id })).toEqual([])
    expectProblem(await t.http().get(MATRIX).set(c.specialist.auth), 403, '/problems/forbidden')
    expectProblem(
      await t.http().get(MATRIX).query({ profession: 'astronaut' }).set(c.admin.auth),
      400,
      '/problems/validation',
    )
  })
})
