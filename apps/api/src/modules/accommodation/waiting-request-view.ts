import type { WaitingRequest } from '@onestop/contracts'
import { asc, eq, inArray } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database } from '../../db/client.js'
import { families, persons, users, waitingRequestMembers, waitingRequests } from '../../db/schema/index.js'
import { groupPersonsToPlace, personToPlaceColumns } from './persons-to-place.js'

export type WaitingRequestRecord = typeof waitingRequests.$inferSelect

const closer = alias(users, 'closer')

/** Requests with their family's reference and who asked and closed; `where` and order come from the caller. */
export const selectWaitingRequestRows = (db: Database) =>
  db
    .select({
      request: waitingRequests,
      familyReference: families.referenceCode,
      requestedByName: users.name,
      closedByName: closer.name,
    })
    .from(waitingRequests)
    .innerJoin(families, eq(families.id, waitingRequests.familyId))
    .innerJoin(users, eq(users.id, waitingRequests.requestedById))
    .leftJoin(closer, eq(closer.id, waitingRequests.closedById))

export type WaitingRequestRow = Awaited<
  ReturnType<ReturnType<typeof selectWaitingRequestRows>['where']>
>[number]

/** The members of the requests, by name and age, in one query. */
export async function membersOf(db: Database, requestIds: string[]) {
  if (requestIds.length === 0) return new Map<string, WaitingRequest['members']>()
  const rows = await db
    .select({ requestId: waitingRequestMembers.requestId, ...personToPlaceColumns })
    .from(waitingRequestMembers)
    .innerJoin(persons, eq(persons.id, waitingRequestMembers.personId))
    .where(inArray(waitingRequestMembers.requestId, requestIds))
    .orderBy(asc(persons.birthDate), asc(persons.id))
  return groupPersonsToPlace(rows, 'requestId')
}

export function toWaitingRequest(row: WaitingRequestRow, members: WaitingRequest['members']): WaitingRequest {
  const r = row.request
  return {
    id: r.id,
    familyId: r.familyId,
    familyReference: row.familyReference,
    members,
    facilityKind: r.facilityKind,
    neededFrom: r.neededFrom,
    priority: r.priority,
    reason: r.reason,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    requestedBy: { id: r.requestedById, name: row.requestedByName },
    closedAt: r.closedAt?.toISOString() ?? null,
    closedBy: r.closedById ? { id: r.closedById, name: row.closedByName ?? '' } : null,
    withdrawReason: r.withdrawReason,
    version: r.version,
  }
}

/** One request as the API shows it, or undefined. */
export async function loadWaitingRequest(db: Database, requestId: string) {
  const [row] = await selectWaitingRequestRows(db).where(eq(waitingRequests.id, requestId))
  if (!row) return undefined
  const members = await membersOf(db, [row.request.id])
  return toWaitingRequest(row, members.get(row.request.id) ?? [])
}
