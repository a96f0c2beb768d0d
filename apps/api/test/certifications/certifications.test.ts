import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { CERTIFICATIONS, certify } from '../support/certification-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import { methodologyCentre } from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

const countOf = async (userId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from certifications where user_id = ${userId}`,
  )
  return row?.n
}

describe('certifications', () => {
  it('are recorded by a coordinator, valid by default for the methodology’s months, and audited', async () => {
    const c = await methodologyCentre(t, { certificationValidityMonths: 24 })
    const response = await t.http().post(CERTIFICATIONS).set(c.coordinator.auth).send({
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-31',
      evidence: ' Sertifikatas Nr. 14 ',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.etag).toBe('"1"')
    expect(response.headers.location).toBe(`${CERTIFICATIONS}/${response.body.id}`)
    expect(response.body).toMatchObject({
      staff: { id: c.specialist.user.id, name: c.specialist.user.name },
      methodology: { id: c.methodology.id, name: c.methodology.name },
      level: 'accredited',
      certifiedOn: '2026-01-31',
      validUntil: '2028-01-30',
      evidence: 'Sertifikatas Nr. 14',
      supervisor: null,
      revokedAt: null,
    })
    const [entry] = await auditRowsOf(t.db, 'certification.create', response.body.id)
    expect(entry?.details).toMatchObject({ level: 'accredited', validUntil: '2028-01-30' })
    const explicit = await certify(t, c.admin.auth, {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'trainer',
      certifiedOn: '2026-03-01',
      validUntil: '2026-03-01',
    })
    expect(explicit.validUntil).toBe('2026-03-01')
  })

  it('are read by every staff member for themselves, and by coordinators and admins for anyone', async () => {
    const c = await methodologyCentre(t)
    const mine = await certify(t, c.coordinator.auth, {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-10',
    })
    const colleague = await signedInUser(t, { roles: ['specialist'], organisationId: c.organisationId })
    const theirs = await certify(t, c.coordinator.auth, {
      userId: colleague.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-10',
    })
    const own = await t.http().get(`${CERTIFICATIONS}/mine`).set(c.specialist.auth)
    expect(own.body.items.map((x: { id: string }) => x.id)).toEqual([mine.id])
    expect((await t.http().get(`${CERTIFICATIONS}/${mine.id}`).set(c.specialist.auth)).status).toBe(200)
    expectProblem(
      await t.http().get(`${CERTIFICATIONS}/${theirs.id}`).set(c.specialist.auth),
      404,
      '/problems/not-found',
    )
    expectProblem(await t.http().get(CERTIFICATIONS).set(c.specialist.auth), 403, '/problems/forbidden')
    expectProblem(
      await t.http().post(CERTIFICATIONS).set(c.specialist.auth).send({
        userId: c.specialist.user.id,
        methodologyId: c.methodology.id,
        level: 'trainer',
        certifiedOn: '2026-01-10',
      }),
      403,
      '/problems/forbidden',
    )
    const filtered = await t
      .http()
      .get(CERTIFICATIONS)
      .query({ userId: colleague.user.id })
      .set(c.coordinator.auth)
    expect(filtered.body.items.map((x: { id: string }) => x.id)).toEqual([theirs.id])
    const all = await t.http().get(CERTIFICATIONS).query({ level: 'accredited' }).set(c.admin.auth)
    expect(all.body.items).toHaveLength(2)
  })

  it("answers unknown ids and another organisation's staff, methodology or certification with 404", async () => {
    const c = await methodologyCentre(t)
    const other = await methodologyCentre(t)
    const base = {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-10',
    }
    for (const wrong of [
      { userId: other.specialist.user.id },
      { methodologyId: other.methodology.id },
      { userId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10' },
    ])
      expectProblem(
        await t
          .http()
          .post(CERTIFICATIONS)
          .set(c.coordinator.auth)
          .send({ ...base, ...wrong }),
        404,
        '/problems/not-found',
      )
    const foreign = await certify(t, other.coordinator.auth, {
      ...base,
      userId: other.specialist.user.id,
      methodologyId: other.methodology.id,
    })
    const path = `${CERTIFICATIONS}/${foreign.id}`
    expectProblem(await t.http().get(path).set(c.coordinator.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().patch(path).set(c.coordinator.auth).set(ifMatch(1)).send({ evidence: 'X' }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await t.http().post(`${path}/revoke`).set(c.coordinator.auth).set(ifMatch(1)).send({ reason: 'X' }),
      404,
      '/problems/not-found',
    )
    expect(await countOf(c.specialist.user.id)).toBe(0)
  })

  it('refuses a certification that ends before it starts with 400, and wrong types with 400', async () => {
    const c = await methodologyCentre(t)
    const base = { userId: c.specialist.user.id, methodologyId: c.methodology.id, level: 'accredited' }
    const upsideDown = await t
      .http()
      .post(CERTIFICATIONS)
      .set(c.coordinator.auth)
      .send({ ...base, certifiedOn: '2026-05-02', validUntil: '2026-05-01' })
    expect(expectProblem(upsideDown, 400, '/problems/validation').errors?.[0]?.pointer).toBe('/validUntil')
    for (const wrong of [{ level: 'master' }, { certifiedOn: '2026-02-30' }, { userId: 42 }])
      expectProblem(
        await t
          .http()
          .post(CERTIFICATIONS)
          .set(c.coordinator.auth)
          .send({ ...base, certifiedOn: '2026-05-02', ...wrong }),
        400,
        '/problems/validation',
      )
    expect(await countOf(c.specialist.user.id)).toBe(0)
  })

  it('records a trainee only under a supervisor or trainer certified in the methodology on the day', async () => {
    const c = await methodologyCentre(t)
    const supervisor = await signedInUser(t, { roles: ['specialist'], organisationId: c.organisationId })
    const trainee = { userId: c.specialist.user.id, methodologyId: c.methodology.id, level: 'trainee' }
    const post = (body: Record<string, unknown>) =>
      t
        .http()
        .post(CERTIFICATIONS)
        .set(c.coordinator.auth)
        .send({ ...trainee, certifiedOn: '2026-06-01', ...body })
    expectProblem(await post({}), 400, '/problems/validation')
    expectProblem(await post({ supervisorId: supervisor.user.id }), 422, '/problems/supervisor-not-certified')
    await certify(t, c.coordinator.auth, {
      userId: supervisor.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-01',
    })
    expectProblem(await post({ supervisorId: supervisor.user.id }), 422, '/problems/supervisor-not-certified')
    await certify(t, c.coordinator.auth, {
      userId: supervisor.user.id,
      methodologyId: c.methodology.id,
      level: 'supervisor',
      certifiedOn: '2026-03-01',
      validUntil: '2026-12-31',
    })
    // Valid from March to December: not on a day before or after.
    expectProblem(
      await post({ supervisorId: supervisor.user.id, certifiedOn: '2026-02-28' }),
      422,
      '/problems/supervisor-not-certified',
    )
    expectProblem(
      await post({ supervisorId: supervisor.user.id, certifiedOn: '2027-01-01' }),
      422,
      '/problems/supervisor-not-certified',
    )
    const other = await methodologyCentre(t)
    expectProblem(await post({ supervisorId: other.admin.user.id }), 404, '/problems/not-found')
    expect(await countOf(c.specialist.user.id)).toBe(0)
    const recorded = await post({ supervisorId: supervisor.user.id })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    expect(recorded.body.supervisor).toEqual({ id: supervisor.user.id, name: supervisor.user.name })
    const accreditedWithSupervisor = await t
      .http()
      .post(CERTIFICATIONS)
      .set(c.coordinator.auth)
      .send({ ...trainee, level: 'accredited', certifiedOn: '2026-06-01', supervisorId: supervisor.user.id })
    expect(expectProblem(accreditedWithSupervisor, 400, '/problems/validation').errors?.[0]?.pointer).toBe(
      '/supervisorId',
    )
  })

  it('refuses a second certification of the same methodology and level overlapping the first', async () => {
    const c = await methodologyCentre(t)
    const base = { userId: c.specialist.user.id, methodologyId: c.methodology.id, level: 'accredited' }
    const first = await certify(t, c.coordinator.auth, {
      ...base,
      certifiedOn: '2026-01-01',
      validUntil: '2026-12-31',
    })
    expectProblem(
      await t
        .http()
        .post(CERTIFICATIONS)
        .set(c.coordinator.auth)
        .send({ ...base, certifiedOn: '2026-12-31' }),
      409,
      '/problems/certification-overlaps',
    )
    // The day after is a renewal; another level may overlap.
    await certify(t, c.coordinator.auth, { ...base, certifiedOn: '2027-01-01' })
    await certify(t, c.coordinator.auth, { ...base, level: 'supervisor', certifiedOn: '2026-06-01' })
    const stretch = await t
      .http()
      .patch(`${CERTIFICATIONS}/${first.id}`)
      .set(c.coordinator.auth)
      .set(ifMatch(1))
      .send({ validUntil: '2027-01-05' })
    expectProblem(stretch, 409, '/problems/certification-overlaps')
    // A revoked one holds nothing.
    const revoked = await t
      .http()
      .post(`${CERTIFICATIONS}/${first.id}/revoke`)
      .set(c.coordinator.auth)
      .set(ifMatch(1))
      .send({ reason: 'Išduotas per klaidą.' })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    await certify(t, c.coordinator.auth, { ...base, certifiedOn: '2026-02-01', validUntil: '2026-12-31' })
  })

  it('changes and revokes only with the version read, and never a revoked one', async () => {
    const c = await methodologyCentre(t)
    const cert = await certify(t, c.coordinator.auth, {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2026-01-01',
    })
    const path = `${CERTIFICATIONS}/${cert.id}`
    expectProblem(
      await t.http().patch(path).set(c.coordinator.auth).send({ evidence: 'Nr. 2' }),
      428,
      '/problems/if-match-required',
    )
    expectProblem(
      await t.http().patch(path).set(c.coordinator.auth).set(ifMatch(2)).send({ evidence: 'Nr. 2' }),
      412,
      '/problems/stale-version',
    )
    const backwards = await t
      .http()
      .patch(path)
      .set(c.coordinator.auth)
      .set(ifMatch(1))
      .send({ validUntil: '2025-12-31' })
    expect(expectProblem(backwards, 400, '/problems/validation').errors?.[0]?.pointer).toBe('/validUntil')
    const changed = await t
      .http()
      .patch(path)
      .set(c.coordinator.auth)
      .set(ifMatch(1))
      .send({ evidence: 'Nr. 2', validUntil: '2026-06-30' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({ evidence: 'Nr. 2', validUntil: '2026-06-30', version: 2 })
    expect(await auditRowsOf(t.db, 'certification.update', cert.id)).toHaveLength(1)
    const revoked = await t
      .http()
      .post(`${path}/revoke`)
      .set(c.admin.auth)
      .set(ifMatch(2))
      .send({ reason: 'Sertifikatas atšauktas.' })
    expect(revoked.body).toMatchObject({ revocationReason: 'Sertifikatas atšauktas.', version: 3 })
    expect(revoked.body.revokedAt).toEqual(expect.any(String))
    expect(await auditRowsOf(t.db, 'certification.revoke', cert.id)).toHaveLength(1)
    expectProblem(
      await t.http().post(`${path}/revoke`).set(c.admin.auth).set(ifMatch(3)).send({ reason: 'Dar kartą.' }),
      409,
      '/problems/invalid-transition',
    )
    expectProblem(
      await t.http().patch(path).set(c.admin.auth).set(ifMatch(3)).send({ evidence: 'Nr. 3' }),
      409,
      '/problems/invalid-transition',
    )
    const listed = await t.http().get(CERTIFICATIONS).set(c.admin.auth)
    expect(listed.body.items).toEqual([])
    const withRevoked = await t.http().get(CERTIFICATIONS).query({ includeRevoked: true }).set(c.admin.auth)
    expect(withRevoked.body.items.map((x: { id: string }) => x.id)).toEqual([cert.id])
  })

  it('takes no new certification in a retired methodology', async () => {
    const c = await methodologyCentre(t)
    await t
      .http()
      .patch(`/api/v1/methodologies/${c.methodology.id}`)
      .set(c.admin.auth)
      .set(ifMatch(1))
      .send({ active: false })
    expectProblem(
      await t.http().post(CERTIFICATIONS).set(c.coordinator.auth).send({
        userId: c.specialist.user.id,
        methodologyId: c.methodology.id,
        level: 'accredited',
        certifiedOn: '2026-01-01',
      }),
      409,
      '/problems/invalid-transition',
    )
  })
})
