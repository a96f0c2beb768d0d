import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ReferralEventType, WebhookEventType } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import {
  consents,
  families,
  familyMemberships,
  referralEvents,
  referrals,
  webhookDeliveries,
} from '../../src/db/schema/index.js'
import type { TestApp } from './app.js'
import { intakeFamily } from './family-factories.js'
import { partnerClient } from './partner-factories.js'

export const WEBHOOKS = '/api/v1/webhooks'

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  body: string
}

/** A receiver on 127.0.0.1 that answers with the statuses given, in turn (the last one repeats). */
export async function localReceiver(statuses: number[] = [204]) {
  const received: ReceivedWebhook[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 204
      response.writeHead(status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A municipality's client with `webhooks:manage`, subscribed to `url`; the signing secret it was shown. */
export async function subscribedPartner(
  t: TestApp,
  url: string,
  events: WebhookEventType[] = ['referral.accepted', 'referral.declined', 'case.closed'],
) {
  const partner = await partnerClient(t, { scopes: ['webhooks:manage', 'referrals:write'] })
  const response = await t.http().post(WEBHOOKS).set(partner.auth).send({ url, events })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const { subscription, signingSecret } = response.body as {
    subscription: { id: string; version: number }
    signingSecret: string
  }
  return { ...partner, subscription, signingSecret }
}

type Partner = Awaited<ReturnType<typeof subscribedPartner>>

/**
 * A family the centre accepted from the municipality's referral, whose adult agreed to sharing with the
 * municipality; rows written directly, as the referral services would in their transaction.
 */
export async function acceptedReferral(t: TestApp, partner: Partner) {
  const family = await intakeFamily(t, partner.admin.auth)
  // The referral's contact person is the family's responsible case manager.
  await t.db.update(families).set({ caseManagerId: partner.admin.user.id }).where(eq(families.id, family.id))
  const [member] = await t.db
    .select({ personId: familyMemberships.personId })
    .from(familyMemberships)
    .where(eq(familyMemberships.familyId, family.id))
  if (!member) throw new Error('family without a member')
  await t.db.insert(consents).values({
    personId: member.personId,
    familyId: family.id,
    purpose: 'share_with_municipality',
    given: true,
    recordedById: partner.admin.user.id,
  })
  const [referral] = await t.db
    .insert(referrals)
    .values({
      fromOrganisationId: partner.municipalityId,
      toOrganisationId: partner.centreId,
      apiClientId: partner.client.id,
      partnerReference: 'VTAS-2026-0042',
      reason: 'Šeima patiria krizę.',
      urgency: 'routine',
      consentConfirmed: true,
      answerDueAt: new Date(Date.now() + 86_400_000),
      status: 'accepted',
      decidedAt: new Date(),
      decidedById: partner.admin.user.id,
      familyId: family.id,
    })
    .returning()
  if (!referral) throw new Error('no referral')
  return { family, personId: member.personId, referral }
}

export async function recordEvent(db: Database, referralId: string, type: ReferralEventType) {
  const [event] = await db.insert(referralEvents).values({ referralId, type }).returning()
  if (!event) throw new Error('no event')
  return event
}

export async function deliveriesOf(db: Database, subscriptionId: string) {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscriptionId))
}

export async function deliveryOfEvent(db: Database, subscriptionId: string, eventId: string) {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        eq(webhookDeliveries.referralEventId, eventId),
      ),
    )
  if (!row) throw new Error('no delivery')
  return row
}
