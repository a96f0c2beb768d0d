import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { services } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createOrganisation, signedInUser, uniqueTag } from '../support/factories.js'
import { createMethodology, METHODOLOGIES } from '../support/methodology-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { SERVICES, serviceBody } from './support.js'

const t = useTestApp()
type Staff = Awaited<ReturnType<typeof signedInUser>>
let admin: Staff
let coordinator: Staff
let specialist: Staff
let outsider: Staff

beforeAll(async () => {
  const org = await createOrganisation(t.db)
  admin = await signedInUser(t, { roles: ['admin'], organisationId: org.id })
  coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: org.id })
  specialist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: org.id,
  })
  outsider = await signedInUser(t, { roles: ['admin'] })
})

const create = (who: Staff, body: Record<string, unknown> = serviceBody()) =>
  t.http().post(SERVICES).set(who.auth).send(body)
const servicesCount = async (organisationId: string) =>
  (await t.db.select().from(services).where(eq(services.organisationId, organisationId))).length

describe('POST /api/v1/services', () => {
  it('adds a service for an admin, with Location, ETag and an audit entry', async () => {
    const methodology = await createMethodology(t, admin.auth)
    const body = serviceBody()
    const response = await create(admin, { ...body, methodologyId: methodology.id })
    expect(response.status).toBe(201)
    expect(response.headers.location).toBe(`${SERVICES}/${response.body.id}`)
    expect(response.headers.etag).toBe('"1"')
    expect(response.body).toMatchObject({
      ...body,
      methodology: { id: methodology.id, name: methodology.name },
      organisationId: admin.user.organisationId,
      defaultCapacity: null,
      active: true,
      version: 1,
    })
    const [row] = await t.db.select().from(services).where(eq(services.id, response.body.id))
    expect(row?.code).toBe(body.code)
    const [entry] = await auditRowsOf(t.db, 'service.create', response.body.id)
    expect(entry?.actorId).toBe(admin.user.id)
  })

  it('lets a coordinator add a group service with its capacity', async () => {
    const response = await create(
      coordinator,
      serviceBody({ mode: 'group', defaultCapacity: 20, roomKinds: ['group'], catalogueCode: undefined }),
    )
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ mode: 'group', defaultCapacity: 20, catalogueCode: null })
  })

  it('refuses a code the organisation already has with 409, and keeps one row', async () => {
    const body = serviceBody()
    expect((await create(admin, body)).status).toBe(201)
    expectProblem(
      await create(coordinator, { ...body, nameEn: 'Other' }),
      409,
      '/problems/service-code-taken',
    )
    const rows = await t.db.select().from(services).where(eq(services.code, body.code))
    expect(rows).toHaveLength(1)
  })

  it('lets another organisation use the same code', async () => {
    const body = serviceBody()
    expect((await create(admin, body)).status).toBe(201)
    expect((await create(outsider, body)).status).toBe(201)
  })

  it.each([
    ['no profession', { professions: [] }, ['/professions']],
    ['an unknown profession', { professions: ['astrologer'] }, ['/professions/0']],
    ['a duration under 5 minutes', { defaultDurationMinutes: 4 }, ['/defaultDurationMinutes']],
    ['a duration over 600 minutes', { defaultDurationMinutes: 601 }, ['/defaultDurationMinutes']],
    ['an unknown mode', { mode: 'telepathy' }, ['/mode']],
    ['an unknown room kind', { roomKinds: ['garage'] }, ['/roomKinds/0']],
    ['a code with spaces', { code: 'has spaces' }, ['/code']],
    ['a group without a capacity', { mode: 'group' }, ['/defaultCapacity']],
    ['a capacity of 0', { defaultCapacity: 0 }, ['/defaultCapacity']],
    ['a catalogue code with spaces', { catalogueCode: '20 1' }, ['/catalogueCode']],
  ])('refuses %s with 400 and stores nothing', async (_, overrides, pointers) => {
    const before = await servicesCount(admin.user.organisationId)
    expectValidationProblem(await create(admin, serviceBody(overrides)), pointers)
    expect(await servicesCount(admin.user.organisationId)).toBe(before)
  })

  it('refuses a retired methodology with 409 and an unknown or another organisation’s one with 404', async () => {
    const retired = await createMethodology(t, admin.auth)
    await t
      .http()
      .patch(`${METHODOLOGIES}/${retired.id}`)
      .set(admin.auth)
      .set('if-match', '"1"')
      .send({ active: false })
    const foreign = await createMethodology(t, outsider.auth)
    const before = await servicesCount(admin.user.organisationId)
    const refusal = expectProblem(
      await create(admin, serviceBody({ methodologyId: retired.id })),
      409,
      '/problems/methodology-retired',
    )
    expect(refusal.detail).toContain(retired.name)
    expectProblem(await create(admin, serviceBody({ methodologyId: foreign.id })), 404, '/problems/not-found')
    expectProblem(
      await create(admin, serviceBody({ methodologyId: randomUUID() })),
      404,
      '/problems/not-found',
    )
    expect(await servicesCount(admin.user.organisationId)).toBe(before)
  })

  it('refuses staff who are not admins or coordinators with 403', async () => {
    const before = await servicesCount(specialist.user.organisationId)
    expectProblem(await create(specialist), 403, '/problems/forbidden')
    expect(await servicesCount(specialist.user.organisationId)).toBe(before)
  })
})

describe('GET /api/v1/services', () => {
  it('lists only the own organisation, with filters and paging', async () => {
    const tag = uniqueTag()
    await create(admin, serviceBody({ code: `${tag}-a`, nameLt: `${tag} A`, professions: ['lawyer'] }))
    await create(
      admin,
      serviceBody({
        code: `${tag}-b`,
        nameLt: `${tag} B`,
        mode: 'group',
        defaultCapacity: 8,
        professions: ['psychologist', 'social_worker'],
      }),
    )
    await create(admin, serviceBody({ code: `${tag}-c`, nameLt: `${tag} C`, active: false }))
    await create(outsider, serviceBody({ code: `${tag}-x`, nameLt: `${tag} X` }))

    const list = (query: Record<string, unknown>) =>
      t
        .http()
        .get(SERVICES)
        .set(specialist.auth)
        .query({ q: tag, ...query })
    const codes = (r: { body: { items: { code: string }[] } }) => r.body.items.map((s) => s.code)

    expect(codes(await list({}))).toEqual([`${tag}-a`, `${tag}-b`, `${tag}-c`])
    expect(codes(await list({ active: true }))).toEqual([`${tag}-a`, `${tag}-b`])
    expect(codes(await list({ mode: 'group' }))).toEqual([`${tag}-b`])
    expect(codes(await list({ profession: 'social_worker' }))).toEqual([`${tag}-b`])
    const first = await list({ limit: 2 })
    expect(codes(first)).toEqual([`${tag}-a`, `${tag}-b`])
    const second = await list({ limit: 2, cursor: first.body.nextCursor })
    expect(codes(second)).toEqual([`${tag}-c`])
    expect(second.body.nextCursor).toBeNull()
  })

  it('matches the English name too', async () => {
    const tag = uniqueTag()
    await create(admin, serviceBody({ nameEn: `Mediation ${tag}` }))
    const response = await t.http().get(SERVICES).set(admin.auth).query({ q: tag })
    expect(response.body.items).toHaveLength(1)
  })

  it('refuses a forged cursor with 400', async () => {
    const response = await t.http().get(SERVICES).set(admin.auth).query({ cursor: 'forged' })
    expectValidationProblem(response, ['/querystring/cursor'])
  })
})

describe('GET /api/v1/services/:serviceId', () => {
  it('gives any signed-in colleague the service with its ETag', async () => {
    const created = await create(admin)
    const response = await t.http().get(`${SERVICES}/${created.body.id}`).set(specialist.auth)
    expect(response.status).toBe(200)
    expect(response.headers.etag).toBe('"1"')
    expect(response.body).toEqual(created.body)
  })

  it("answers 404 for another organisation's service", async () => {
    const created = await create(outsider)
    expectProblem(
      await t.http().get(`${SERVICES}/${created.body.id}`).set(admin.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe('PATCH /api/v1/services/:serviceId', () => {
  const patch = (who: Staff, id: string, body: Record<string, unknown>, ifMatch?: string) => {
    const request = t.http().patch(`${SERVICES}/${id}`).set(who.auth)
    return (ifMatch ? request.set('if-match', ifMatch) : request).send(body)
  }

  it('edits with If-Match, bumps the version and audits', async () => {
    const created = await create(admin)
    const response = await patch(
      coordinator,
      created.body.id,
      { defaultDurationMinutes: 90, catalogueCode: null, active: false },
      '"1"',
    )
    expect(response.status).toBe(200)
    expect(response.headers.etag).toBe('"2"')
    expect(response.body).toMatchObject({ defaultDurationMinutes: 90, catalogueCode: null, active: false })
    expect(await auditRowsOf(t.db, 'service.deactivate', created.body.id)).toHaveLength(1)
  })

  it('needs If-Match (428) and a current one (412), changing nothing', async () => {
    const created = await create(admin)
    expectProblem(await patch(admin, created.body.id, { nameEn: 'X' }), 428, '/problems/if-match-required')
    expectProblem(await patch(admin, created.body.id, { nameEn: 'X' }, '"7"'), 412, '/problems/stale-version')
    const [row] = await t.db.select().from(services).where(eq(services.id, created.body.id))
    expect(row).toMatchObject({ nameEn: created.body.nameEn, version: 1 })
  })

  it('refuses a code already used in the organisation with 409', async () => {
    const first = await create(admin)
    const second = await create(admin)
    expectProblem(
      await patch(admin, second.body.id, { code: first.body.code }, '"1"'),
      409,
      '/problems/service-code-taken',
    )
  })

  it('refuses to make a service a group without a capacity', async () => {
    const created = await create(admin)
    expectValidationProblem(await patch(admin, created.body.id, { mode: 'group' }, '"1"'), [
      '/defaultCapacity',
    ])
  })

  it("answers 404 for another organisation's service and 403 for a specialist", async () => {
    const theirs = await create(outsider)
    expectProblem(await patch(admin, theirs.body.id, { nameEn: 'X' }, '"1"'), 404, '/problems/not-found')
    const ours = await create(admin)
    expectProblem(await patch(specialist, ours.body.id, { nameEn: 'X' }, '"1"'), 403, '/problems/forbidden')
  })
})
