import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createService } from '../support/booking-factories.js'
import { auditRowsOf, createOrganisation, signedInUser } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const PATH = '/api/v1/partnerships'

async function twoOrganisations() {
  const owner = await createOrganisation(t.db)
  const partner = await createOrganisation(t.db)
  return {
    owner,
    partner,
    ownerAdmin: await signedInUser(t, { roles: ['admin'], organisationId: owner.id }),
    partnerAdmin: await signedInUser(t, { roles: ['admin'], organisationId: partner.id }),
    service: await createService(t.db, owner.id),
  }
}

const proposal = (
  partnerOrganisationId: string,
  serviceIds: string[],
  extra: Record<string, unknown> = {},
) => ({
  partnerOrganisationId,
  agreementReference: 'Sutartis Nr. BS-2026/14',
  startsOn: '2026-05-07',
  endsOn: '2028-05-07',
  serviceIds,
  ...extra,
})

describe('POST /api/v1/partnerships, accept and end', () => {
  it('is proposed by the owner, accepted by the partner and ended by either, each audited', async () => {
    const o = await twoOrganisations()
    const proposed = await t
      .http()
      .post(PATH)
      .set(o.ownerAdmin.auth)
      .send(proposal(o.partner.id, [o.service.id]))
    expect(proposed.status).toBe(201)
    expect(proposed.headers.location).toBe(`${PATH}/${proposed.body.id}`)
    expect(proposed.body).toMatchObject({
      organisation: { id: o.owner.id, name: o.owner.name },
      partnerOrganisation: { id: o.partner.id, name: o.partner.name },
      status: 'proposed',
      services: [{ id: o.service.id }],
      acceptedAt: null,
    })
    const id = proposed.body.id as string

    const seenByPartner = await t.http().get(`${PATH}/${id}`).set(o.partnerAdmin.auth)
    expect(seenByPartner.status).toBe(200)
    expect(seenByPartner.body.services).toEqual(proposed.body.services)

    expectProblem(
      await t.http().post(`${PATH}/${id}/accept`).set(o.ownerAdmin.auth),
      403,
      '/problems/forbidden',
    )
    const accepted = await t.http().post(`${PATH}/${id}/accept`).set(o.partnerAdmin.auth)
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('live')
    expectProblem(
      await t.http().post(`${PATH}/${id}/accept`).set(o.partnerAdmin.auth),
      409,
      '/problems/partnership-not-proposed',
    )

    const list = await t.http().get(PATH).set(o.partnerAdmin.auth)
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([id])

    const ended = await t
      .http()
      .post(`${PATH}/${id}/end`)
      .set(o.partnerAdmin.auth)
      .send({ reason: '  Projektas baigėsi.  ' })
    expect(ended.status).toBe(200)
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'Projektas baigėsi.' })
    expectProblem(
      await t.http().post(`${PATH}/${id}/end`).set(o.ownerAdmin.auth).send({ reason: 'Dar kartą baigiame.' }),
      409,
      '/problems/partnership-ended',
    )
    for (const action of ['partnership.propose', 'partnership.accept', 'partnership.end'])
      expect(await auditRowsOf(t.db, action, id)).toHaveLength(1)
  })

  it('is none of a third organisation’s business: 404 to read, accept or end', async () => {
    const o = await twoOrganisations()
    const proposed = await t.http().post(PATH).set(o.ownerAdmin.auth).send(proposal(o.partner.id, []))
    const stranger = await signedInUser(t, { roles: ['admin'] })
    const id = proposed.body.id as string
    expectProblem(await t.http().get(`${PATH}/${id}`).set(stranger.auth), 404, '/problems/not-found')
    expectProblem(await t.http().post(`${PATH}/${id}/accept`).set(stranger.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().post(`${PATH}/${id}/end`).set(stranger.auth).send({ reason: 'Ne mūsų reikalas.' }),
      404,
      '/problems/not-found',
    )
    expect((await t.http().get(PATH).set(stranger.auth)).body.items).toEqual([])
    const after = await t.http().get(`${PATH}/${id}`).set(o.ownerAdmin.auth)
    expect(after.body.status).toBe('proposed')
  })

  it('is for admins: 403 to other roles', async () => {
    const o = await twoOrganisations()
    const coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: o.owner.id })
    expectProblem(
      await t.http().post(PATH).set(coordinator.auth).send(proposal(o.partner.id, [])),
      403,
      '/problems/forbidden',
    )
  })

  it('refuses bad proposals with 4xx and stores nothing', async () => {
    const o = await twoOrganisations()
    const foreignService = await createService(t.db, o.partner.id)
    const cases: [Record<string, unknown>, number, string[] | string][] = [
      [proposal(o.owner.id, []), 400, ['/partnerOrganisationId']],
      [proposal(o.partner.id, [foreignService.id]), 400, ['/serviceIds/0']],
      [proposal(o.partner.id, [], { endsOn: '2026-01-01' }), 400, ['/endsOn']],
      [proposal(o.partner.id, [], { agreementReference: '           ' }), 400, ['/agreementReference']],
      [proposal(o.partner.id, [], { startsOn: 'soon' }), 400, ['/startsOn']],
      [proposal(randomUUID(), []), 404, '/problems/not-found'],
    ]
    for (const [body, status, expected] of cases) {
      const response = await t.http().post(PATH).set(o.ownerAdmin.auth).send(body)
      if (Array.isArray(expected)) expectValidationProblem(response, expected)
      else expectProblem(response, status, expected)
    }
    expect((await t.http().get(PATH).set(o.ownerAdmin.auth)).body.items).toEqual([])
  })

  it('refuses an end without 10 characters of reason, spaces not counted', async () => {
    const o = await twoOrganisations()
    const proposed = await t.http().post(PATH).set(o.ownerAdmin.auth).send(proposal(o.partner.id, []))
    const response = await t
      .http()
      .post(`${PATH}/${proposed.body.id}/end`)
      .set(o.ownerAdmin.auth)
      .send({ reason: '           ' })
    expectValidationProblem(response, ['/reason'])
    expect((await t.http().get(`${PATH}/${proposed.body.id}`).set(o.ownerAdmin.auth)).body.status).toBe(
      'proposed',
    )
  })

  it('lets 20 concurrent proposals of the same two organisations and days make exactly one', async () => {
    const o = await twoOrganisations()
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post(PATH)
          .set(o.ownerAdmin.auth)
          .send(proposal(o.partner.id, [], { startsOn: `2026-0${1 + (i % 5)}-01` }))
          .then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
    expect((await t.http().get(PATH).set(o.ownerAdmin.auth)).body.items).toHaveLength(1)
  })
})
