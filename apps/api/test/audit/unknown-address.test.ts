import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'

const t = useTestApp()

describe('GET /api/v1/audit and failed sign-ins with unknown addresses', () => {
  it("shows them to no organisation's admin: they belong to the deployment's operators", async () => {
    const address = `nobody-${randomUUID()}@example.lt`
    await t.http().post('/api/v1/auth/login').send({ email: address, password: 'whatever-it-is' })
    for (const admin of [await signedInUser(t), await signedInUser(t)]) {
      const response = await t.http().get('/api/v1/audit?action=auth.login&outcome=failure').set(admin.auth)
      expect(response.status).toBe(200)
      expect(response.body.items.map((e: { actorLabel: string }) => e.actorLabel)).not.toContain(address)
    }
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.actorLabel, address))
    expect(entry).toMatchObject({ organisationId: null, dataOrganisationId: null, outcome: 'failure' })
  })
})
