import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { createOrganisation, signedInUser } from '../support/factories.js'

/**
 * Proves that partnerships_never_overlap, not a check in code, keeps two organisations to one agreement
 * at a time: on a database of its own without it, the same race stores several.
 */
describe.runIf(Boolean(TEST_DATABASE_URL))('the partnerships_never_overlap constraint (PostgreSQL)', () => {
  let t: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    t = await startTestApp()
    await t.db.execute(sql`alter table partnerships drop constraint partnerships_never_overlap`)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('without it, 20 racing proposals store more than one', async () => {
    const owner = await createOrganisation(t.db)
    const partner = await createOrganisation(t.db)
    const admin = await signedInUser(t, { roles: ['admin'], organisationId: owner.id })
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t
          .http()
          .post('/api/v1/partnerships')
          .set(admin.auth)
          .send({
            partnerOrganisationId: partner.id,
            agreementReference: 'Sutartis Nr. 1',
            startsOn: '2026-05-07',
            serviceIds: [],
          })
          .then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(1)
  })
})
