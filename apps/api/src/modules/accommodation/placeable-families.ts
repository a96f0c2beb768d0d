import type { FindPlaceableFamiliesQuery, PersonToPlace, PlaceableFamilyList } from '@onestop/contracts'
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { families, familyMemberships, persons } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { escapeLike } from '../../lib/sql.js'
import { OPEN_FAMILY_STATUSES } from '../bookings/checks.js'
import { visibleFamilies } from '../families/access.js'
import { groupPersonsToPlace, personToPlaceColumns } from './persons-to-place.js'
import { managesStays } from './stay-access.js'

/**
 * Open families the caller may place or ask a place for, with their current members' names and ages only:
 * managers of stays find any of their organisation's (placing a family must not wait for a seat on its case
 * team), case managers those they may see. Partners' families are never among them.
 */
export async function findPlaceableFamilies(
  ctx: SignedInContext,
  query: Static<typeof FindPlaceableFamiliesQuery>,
): Promise<PlaceableFamilyList> {
  const conditions = [
    eq(families.organisationId, ctx.actor.organisationId),
    inArray(families.status, OPEN_FAMILY_STATUSES),
    managesStays(ctx.actor) ? undefined : visibleFamilies(ctx.actor),
  ]
  if (query.q) {
    // The trigram search of the families list (migration 0018), which re-applies the caller's organisation.
    const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`
    conditions.push(sql`${families.id} in (select app_search_family_ids(${pattern}))`)
  }
  const found = await ctx.db
    .select({ id: families.id, referenceCode: families.referenceCode, status: families.status })
    .from(families)
    .where(and(...conditions))
    .orderBy(desc(families.openedAt), desc(families.id))
    .limit(query.limit ?? 20)
  const members = await currentMembers(
    ctx,
    found.map((family) => family.id),
  )
  await audit(ctx, {
    action: 'family.list',
    entityType: 'family',
    details: { families: found.map((family) => family.id), filters: { q: query.q, forPlacement: true } },
  })
  return { items: found.map((family) => ({ ...family, members: members.get(family.id) ?? [] })) }
}

/** The families' current members by name and age, oldest first, in one query. */
async function currentMembers(ctx: SignedInContext, familyIds: string[]) {
  if (familyIds.length === 0) return new Map<string, PersonToPlace[]>()
  const rows = await ctx.db
    .select({ familyId: familyMemberships.familyId, ...personToPlaceColumns })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(and(inArray(familyMemberships.familyId, familyIds), isNull(familyMemberships.leftAt)))
    .orderBy(asc(persons.birthDate), asc(persons.id))
  return groupPersonsToPlace(rows, 'familyId')
}
