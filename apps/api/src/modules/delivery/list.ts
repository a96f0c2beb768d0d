import type { DeliveredService, ListDeliveredServicesQuery } from '@onestop/contracts'
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { deliveredServices, families, persons, services, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { BadRequestError } from '../../lib/errors.js'
import { visibleFamilies } from '../families/access.js'

type Query = Static<typeof ListDeliveredServicesQuery>

function filtersOf(query: Query): (SQL | undefined)[] {
  if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from))
    throw new BadRequestError('The period must end after it starts.', [
      { pointer: '/querystring/to', code: 'end-before-start', params: { start: 'from' } },
    ])
  return [
    query.from ? gte(deliveredServices.deliveredAt, new Date(query.from)) : undefined,
    query.to ? lt(deliveredServices.deliveredAt, new Date(query.to)) : undefined,
    query.serviceId ? eq(deliveredServices.serviceId, query.serviceId) : undefined,
    query.familyId ? eq(deliveredServices.familyId, query.familyId) : undefined,
    query.personId ? eq(deliveredServices.personId, query.personId) : undefined,
    query.sourceKind ? eq(deliveredServices.sourceKind, query.sourceKind) : undefined,
  ]
}

/** Delivered services of the families the caller may see, newest first. */
export async function listDeliveredServices(ctx: SignedInContext, query: Query) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await ctx.db
    .select({
      delivery: deliveredServices,
      serviceName: services.nameLt,
      familyReferenceCode: families.referenceCode,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      deliveredByName: users.name,
    })
    .from(deliveredServices)
    .innerJoin(families, eq(families.id, deliveredServices.familyId))
    .innerJoin(services, eq(services.id, deliveredServices.serviceId))
    .innerJoin(persons, eq(persons.id, deliveredServices.personId))
    .leftJoin(users, eq(users.id, deliveredServices.deliveredById))
    .where(
      and(
        visibleFamilies(ctx.actor),
        ...filtersOf(query),
        pastTimeCursor(deliveredServices.deliveredAt, deliveredServices.id, cursor, 'desc'),
      ),
    )
    .orderBy(desc(deliveredServices.deliveredAt), desc(deliveredServices.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, ({ delivery }) => ({
    k: delivery.deliveredAt.toISOString(),
    id: delivery.id,
  }))
  await audit(ctx, {
    action: 'delivery.list',
    entityType: 'delivered_service',
    details: {
      families: [...new Set(page.items.map(({ delivery }) => delivery.familyId))],
      count: page.items.length,
      filters: { ...query, cursor: undefined },
    },
  })
  return {
    items: page.items.map(
      ({ delivery: d, ...names }): DeliveredService => ({
        id: d.id,
        organisationId: d.organisationId,
        serviceId: d.serviceId,
        serviceName: names.serviceName,
        familyId: d.familyId,
        familyReferenceCode: names.familyReferenceCode,
        person: { id: d.personId, name: names.personName },
        deliveredBy:
          d.deliveredById && names.deliveredByName
            ? { id: d.deliveredById, name: names.deliveredByName }
            : null,
        sourceKind: d.sourceKind,
        sourceId: d.sourceId,
        deliveredAt: d.deliveredAt.toISOString(),
        durationMinutes: d.durationMinutes,
      }),
    ),
    nextCursor: page.nextCursor,
  }
}
