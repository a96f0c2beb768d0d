import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { services } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { SERVICES, serviceBody } from './support.js'

const t = useTestApp()

describe('POST /api/v1/services under concurrency', () => {
  it('answers 20 simultaneous creates of one code with one 201 and nineteen 409s', async () => {
    const admin = await signedInUser(t, { roles: ['admin'] })
    const body = serviceBody()
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.http().post(SERVICES).set(admin.auth).send(body)),
    )
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses).toEqual([201, ...Array.from({ length: 19 }, () => 409)])
    for (const r of responses.filter((r) => r.status === 409))
      expect(r.body.type).toBe('/problems/service-code-taken')
    const rows = await t.db.select().from(services).where(eq(services.code, body.code))
    expect(rows).toHaveLength(1)
    const audited = (await auditRowsOf(t.db, 'service.create')).filter((a) => a.entityId === rows[0]?.id)
    expect(audited).toHaveLength(1)
  })
})
