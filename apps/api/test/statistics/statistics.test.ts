import { REFERRAL_STATUSES, type Statistics } from '@onestop/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createOrganisation, signedInUser } from '../support/factories.js'
import { createMunicipality, partnerClient } from '../support/partner-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import {
  insertDeliveries,
  insertFamilies,
  insertReferrals,
  insertService,
  midMonth,
} from '../support/statistics-factories.js'

const t = useTestApp()
const STATISTICS = '/api/v1/statistics'
const PERIOD = { from: '2025-01', to: '2025-04' }

let client: Awaited<ReturnType<typeof partnerClient>>
let municipalityName: string
let serviceCode: string

const get = (query: Record<string, string> = PERIOD, auth = client.auth) =>
  t.http().get(STATISTICS).query(query).set(auth)

/**
 * The centre's families of the municipality: 7 open only in February, 3 from March on. Around them, what
 * must never be counted: families of another municipality and of another centre, referrals to or from
 * others, and services another centre delivered; each would lift a suppressed cell to 5 or more.
 */
beforeAll(async () => {
  client = await partnerClient(t, { scopes: ['statistics:read'] })
  const { centreId, municipalityId } = client
  const municipality = await t.db.query.organisations.findFirst({
    where: (o, { eq }) => eq(o.id, municipalityId),
  })
  municipalityName = municipality?.municipality ?? ''
  const otherMunicipality = await createMunicipality(t.db)
  await createPartnership(t.db, centreId, otherMunicipality.id)
  const otherCentre = await createOrganisation(t.db)
  await createPartnership(t.db, otherCentre.id, municipalityId)
  const otherMunicipalityClient = await partnerClient(t, {
    centreId,
    municipalityId: otherMunicipality.id,
    scopes: ['statistics:read'],
  })
  const otherCentreClient = await partnerClient(t, {
    centreId: otherCentre.id,
    municipalityId,
    scopes: ['statistics:read'],
  })

  const february = await insertFamilies(
    t.db,
    centreId,
    Array.from({ length: 7 }, () => ({
      municipality: municipalityName,
      openedAt: midMonth('2025-02', 3),
      closedAt: midMonth('2025-02', 20),
    })),
  )
  // Opened 00:30 on 1 March in Vilnius, still 28 February in UTC: a March family.
  const march = await insertFamilies(t.db, centreId, [
    { municipality: municipalityName, openedAt: new Date('2025-02-28T22:30:00Z') },
    { municipality: municipalityName, openedAt: midMonth('2025-03', 5) },
    { municipality: municipalityName, openedAt: midMonth('2025-03', 6) },
  ])
  const otherMunicipalityFamilies = await insertFamilies(
    t.db,
    centreId,
    Array.from({ length: 4 }, () => ({
      municipality: otherMunicipality.municipality,
      openedAt: midMonth('2025-03'),
    })),
  )
  const otherCentreFamilies = await insertFamilies(
    t.db,
    otherCentre.id,
    Array.from({ length: 4 }, () => ({ municipality: municipalityName, openedAt: midMonth('2025-03') })),
  )

  const counselling = await insertService(t.db, centreId)
  serviceCode = counselling.code
  await insertDeliveries(t.db, counselling.id, february, midMonth('2025-02', 10))
  await insertDeliveries(t.db, counselling.id, march, midMonth('2025-03', 10))
  await insertDeliveries(t.db, counselling.id, otherMunicipalityFamilies, midMonth('2025-03', 10))
  // Six sessions for one family: enough deliveries, too few families.
  const mediation = await insertService(t.db, centreId)
  const [one] = february
  if (!one) throw new Error('no family')
  for (let day = 4; day < 10; day++)
    await insertDeliveries(t.db, mediation.id, [one], midMonth('2025-02', day))
  const otherCentreService = await insertService(t.db, otherCentre.id)
  await insertDeliveries(t.db, otherCentreService.id, otherCentreFamilies, midMonth('2025-03', 10))
  await insertDeliveries(t.db, otherCentreService.id, otherCentreFamilies, midMonth('2025-03', 11))

  const ours = {
    fromOrganisationId: municipalityId,
    toOrganisationId: centreId,
    apiClientId: client.client.id,
  }
  await insertReferrals(t.db, { ...ours, status: 'accepted', receivedAt: midMonth('2025-02'), count: 6 })
  await insertReferrals(t.db, { ...ours, status: 'declined', receivedAt: midMonth('2025-02'), count: 2 })
  // Received at 00:30 on 1 February in Vilnius.
  await insertReferrals(t.db, {
    ...ours,
    status: 'received',
    receivedAt: new Date('2025-01-31T22:30:00Z'),
    count: 5,
  })
  await insertReferrals(t.db, { ...ours, status: 'received', receivedAt: midMonth('2025-03'), count: 3 })
  await insertReferrals(t.db, {
    fromOrganisationId: otherMunicipality.id,
    toOrganisationId: centreId,
    apiClientId: otherMunicipalityClient.client.id,
    status: 'declined',
    receivedAt: midMonth('2025-02'),
    count: 3,
  })
  await insertReferrals(t.db, {
    fromOrganisationId: municipalityId,
    toOrganisationId: otherCentre.id,
    apiClientId: otherCentreClient.client.id,
    status: 'declined',
    receivedAt: midMonth('2025-02'),
    count: 3,
  })
}, 120_000)

const suppressed = { count: null, suppressed: true }
const shown = (count: number) => ({ count, suppressed: false })

describe('GET /api/v1/statistics', () => {
  it('counts the families of the municipality served each month, suppressing counts below 5', async () => {
    const response = await get()
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const body = response.body as Statistics
    expect(body).toMatchObject({ ...PERIOD, minimumCount: 5 })
    expect(body.familiesServed).toEqual([
      { month: '2025-01', ...suppressed },
      { month: '2025-02', ...shown(7) },
      { month: '2025-03', ...suppressed },
      { month: '2025-04', ...suppressed },
    ])
  })

  it('counts referrals by the Vilnius month received and current status, every cell listed', async () => {
    const body = (await get()).body as Statistics
    expect(body.referrals).toHaveLength(4 * REFERRAL_STATUSES.length)
    const published = body.referrals.filter((r) => !r.suppressed)
    expect(published).toEqual([
      { month: '2025-02', status: 'received', count: 5, suppressed: false },
      { month: '2025-02', status: 'accepted', count: 6, suppressed: false },
    ])
    expect(body.referrals.find((r) => r.month === '2025-02' && r.status === 'declined')).toMatchObject(
      suppressed,
    )
    expect(body.referrals.find((r) => r.month === '2025-03' && r.status === 'received')).toMatchObject(
      suppressed,
    )
  })

  it("counts the centre's services delivered to those families by month; a service with only small cells is left out", async () => {
    const body = (await get()).body as Statistics
    expect(body.servicesDelivered).toEqual([
      {
        service: expect.objectContaining({ code: serviceCode, nameLt: `Paslauga ${serviceCode}` }),
        months: [
          { month: '2025-01', ...suppressed },
          { month: '2025-02', ...shown(7) },
          { month: '2025-03', ...suppressed },
          { month: '2025-04', ...suppressed },
        ],
      },
    ])
  })

  it('never publishes a count from 1 to 4 anywhere in the answer', async () => {
    const response = await get({ from: '2024-06', to: '2025-06' })
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toMatch(/"count":[1-4][,}]/)
    const counts = JSON.stringify(response.body).match(/"count":(\d+|null)/g) ?? []
    expect(counts.length).toBeGreaterThan(13)
    for (const count of counts)
      expect(count === '"count":null' || Number(count.split(':')[1]) >= 5).toBe(true)
    expect(JSON.stringify(response.body)).not.toMatch(/total/i)
  })

  it("records the read in the centre's audit log", async () => {
    await get()
    const [row] = (await auditRowsOf(t.db, 'statistics.read', client.centreId)).filter(
      (r) => r.actorId === client.client.id,
    )
    expect(row).toMatchObject({
      organisationId: client.municipalityId,
      dataOrganisationId: client.centreId,
      details: PERIOD,
    })
  })

  it('covers the last 12 months up to the current one by default', async () => {
    const response = await get({})
    expect(response.status).toBe(200)
    const body = response.body as Statistics
    expect(body.familiesServed).toHaveLength(12)
    expect(body.familiesServed[11]?.month).toBe(body.to)
  })

  it('accepts 36 months and refuses 37, a period ending before it starts and malformed months with 400', async () => {
    expect((await get({ from: '2023-01', to: '2025-12' })).status).toBe(200)
    expectValidationProblem(await get({ from: '2023-01', to: '2026-01' }), ['/querystring/to'])
    expectValidationProblem(await get({ from: '2025-03', to: '2025-02' }), ['/querystring/to'])
    for (const bad of ['2025-13', '2025-1', '2025-02-01', 'march', '0'])
      expect((await get({ from: bad, to: '2025-04' })).status, bad).toBe(400)
    expect((await get({ to: '2025-00' })).status).toBe(400)
  })

  it('refuses a client token without statistics:read with 403 insufficient-scope', async () => {
    const other = await partnerClient(t, { scopes: ['referrals:read', 'referrals:write'] })
    expectProblem(await get(PERIOD, other.auth), 403, '/problems/insufficient-scope')
  })

  it('refuses staff, even admins of the centre, with 403', async () => {
    for (const roles of [['admin'], ['coordinator'], ['case_manager']] as const) {
      const staff = await signedInUser(t, { roles: [...roles], organisationId: client.centreId })
      expectProblem(await get(PERIOD, staff.auth), 403, '/problems/forbidden')
    }
  })
})
