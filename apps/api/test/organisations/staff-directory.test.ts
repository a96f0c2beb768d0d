import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, createUser, signedInUser } from '../support/factories.js'
import { createPartnership } from '../support/partnership-factories.js'

const t = useTestApp()

describe('GET /api/v1/staff', () => {
  it('finds active staff of partner organisations only under a live partnership, without contact details', async () => {
    const org = await createOrganisation(t.db)
    const partner = await createOrganisation(t.db)
    const caseManager = await signedInUser(t, { roles: ['case_manager'], organisationId: org.id })
    const psychologist = await createUser(t.db, {
      roles: ['specialist'],
      professions: ['psychologist'],
      organisationId: partner.id,
    })
    await createUser(t.db, {
      roles: ['specialist'],
      professions: ['psychologist'],
      organisationId: partner.id,
      active: false,
    })

    const path = `/api/v1/staff?profession=psychologist&organisationId=${partner.id}`
    const before = await t.http().get(path).set(caseManager.auth)
    expect(before.status).toBe(200)
    expect(before.body.items).toEqual([])
    await createPartnership(t.db, org.id, partner.id)

    const response = await t.http().get(path).set(caseManager.auth)
    expect(response.status).toBe(200)
    expect(response.body.items).toEqual([
      {
        id: psychologist.id,
        name: psychologist.name,
        roles: ['specialist'],
        professions: ['psychologist'],
        organisationId: partner.id,
        organisationName: partner.name,
      },
    ])
    const byName = await t
      .http()
      .get(`/api/v1/staff?q=${encodeURIComponent(psychologist.name.slice(10))}`)
      .set(caseManager.auth)
    expect(byName.body.items.map((s: { id: string }) => s.id)).toContain(psychologist.id)
    expect(JSON.stringify(byName.body)).not.toContain('@')
    const entries = await t.db.select().from(auditLog)
    expect(entries.some((e) => e.action === 'staff.list' && e.actorId === caseManager.user.id)).toBe(true)
  })

  it('pages without overlap', async () => {
    const org = await createOrganisation(t.db)
    const viewer = await signedInUser(t, { roles: ['intake'], organisationId: org.id })
    for (let i = 0; i < 3; i++) await createUser(t.db, { roles: ['specialist'], organisationId: org.id })
    const first = await t.http().get(`/api/v1/staff?organisationId=${org.id}&limit=2`).set(viewer.auth)
    const second = await t
      .http()
      .get(`/api/v1/staff?organisationId=${org.id}&limit=2&cursor=${first.body.nextCursor}`)
      .set(viewer.auth)
    const ids = [...first.body.items, ...second.body.items].map((s: { id: string }) => s.id)
    expect(new Set(ids).size).toBe(4)
    expect(second.body.nextCursor).toBeNull()
  })
})
