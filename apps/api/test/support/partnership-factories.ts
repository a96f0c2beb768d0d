import { sql } from 'drizzle-orm'
import type { Database } from '../../src/db/client.js'
import { partnershipServices, partnerships } from '../../src/db/schema/index.js'
import { createUser } from './factories.js'

export interface PartnershipSpec {
  startsOn?: string
  endsOn?: string | null
  accepted?: boolean
  ended?: boolean
  serviceIds?: string[]
}

/** A partnership from `ownerId` to `partnerId`, written as the owner; live (accepted, from today) by default. */
export async function createPartnership(
  db: Database,
  ownerId: string,
  partnerId: string,
  spec: PartnershipSpec = {},
) {
  const ownerAdmin = await createUser(db, { roles: ['admin'], organisationId: ownerId })
  const partnerAdmin = await createUser(db, { roles: ['admin'], organisationId: partnerId })
  const accepted = spec.accepted ?? true
  const [row] = await db
    .insert(partnerships)
    .values({
      organisationId: ownerId,
      partnerOrganisationId: partnerId,
      agreementReference: 'Sutartis Nr. T-1',
      startsOn: spec.startsOn ?? sql`app_vilnius_today()`,
      endsOn: spec.endsOn ?? null,
      proposedById: ownerAdmin.id,
      ...(accepted ? { acceptedById: partnerAdmin.id, acceptedAt: sql`now()` } : {}),
      ...(spec.ended
        ? { endedById: ownerAdmin.id, endedAt: sql`now()`, endReason: 'Baigėsi projektas.' }
        : {}),
    })
    .returning()
  if (!row) throw new Error('no partnership')
  if (spec.serviceIds?.length)
    await db
      .insert(partnershipServices)
      .values(spec.serviceIds.map((serviceId) => ({ partnershipId: row.id, serviceId })))
  return row
}
