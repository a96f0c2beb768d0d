import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families, referralEvents } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { signedInUser } from '../support/factories.js'
import { partnerClient } from '../support/partner-factories.js'
import { INBOX, refer } from '../support/referral-factories.js'

const t = useTestApp()

describe.runIf(Boolean(TEST_DATABASE_URL))('deciding a referral concurrently (PostgreSQL)', () => {
  it('lets one of several concurrent decisions win; the others are 409 and take no family in', async () => {
    const partner = await partnerClient(t)
    const organisationId = partner.centreId
    const deciders = [
      await signedInUser(t, { roles: ['case_manager'], organisationId }),
      await signedInUser(t, { roles: ['coordinator'], organisationId }),
      await signedInUser(t, { roles: ['intake'], organisationId }),
    ]
    const referral = await refer(t, partner.auth)
    const responses = await Promise.all([
      ...deciders.map((d) => t.http().post(`${INBOX}/${referral.id}/accept`).set(d.auth).send({})),
      t
        .http()
        .post(`${INBOX}/${referral.id}/decline`)
        .set(deciders[1]?.auth ?? {})
        .send({ reason: 'Vietų nėra, kreipkitės į kitą centrą.' }),
    ])
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses, JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409, 409, 409])
    for (const lost of responses.filter((r) => r.status === 409))
      expect(lost.body.type).toBe('/problems/referral-not-pending')
    const events = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, referral.id))
    expect(events).toHaveLength(2)
    const taken = await t.db.select().from(families).where(eq(families.organisationId, organisationId))
    const winner = responses.find((r) => r.status === 200)
    expect(taken).toHaveLength(winner?.body.status === 'accepted' ? 1 : 0)
  }, 60_000)
})
