import type { DeliverySource } from '@onestop/contracts'
import { and, eq, inArray } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { deliveredServices } from '../../db/schema/index.js'

export interface Delivery {
  organisationId: string
  serviceId: string
  familyId: string
  personId: string
  deliveredById: string | null
  deliveredAt: Date
  durationMinutes: number
}

/** Counts what was delivered, once per source and person: recording it twice changes nothing. */
export async function recordDeliveries(
  tx: Database,
  source: { kind: DeliverySource; id: string },
  deliveries: Delivery[],
): Promise<void> {
  if (deliveries.length === 0) return
  await tx
    .insert(deliveredServices)
    .values(deliveries.map((d) => ({ ...d, sourceKind: source.kind, sourceId: source.id })))
    .onConflictDoNothing({
      target: [deliveredServices.sourceKind, deliveredServices.sourceId, deliveredServices.personId],
    })
}

/** Takes back deliveries of a source, for the given persons or all of them. */
export async function withdrawDeliveries(
  tx: Database,
  source: { kind: DeliverySource; id: string },
  personIds?: string[],
): Promise<void> {
  await tx
    .delete(deliveredServices)
    .where(
      and(
        eq(deliveredServices.sourceKind, source.kind),
        eq(deliveredServices.sourceId, source.id),
        personIds ? inArray(deliveredServices.personId, personIds) : undefined,
      ),
    )
}
