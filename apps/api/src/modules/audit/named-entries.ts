import { and, type Column, desc, eq, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { auditLog, families, persons, rooms, sites, users } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'

const actors = alias(users, 'actor')
const subjectUsers = alias(users, 'subject_user')

/** The entry's id as a uuid, or null: entity ids are text and not every kind of entry has a uuid there. */
const entityUuid = (entityId: Column) =>
  sql`case when ${entityId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${entityId}::uuid end`

/**
 * One page of log rows with the actor's name and the subject in words, in one query: the page is taken by
 * the (time, id) index first, then each row's names are looked up by primary key. The joins run under the
 * reader's row-level security, so a subject the reader may not see stays unnamed.
 */
export async function namedEntries(ctx: SignedInContext, where: SQL | undefined, limit: number) {
  const page = ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .as('page')
  const subject = entityUuid(page.entityId)
  const about = (type: string) => eq(page.entityType, type)
  const rows = await ctx.db
    .select({
      id: page.id,
      at: page.at,
      organisationId: page.organisationId,
      dataOrganisationId: page.dataOrganisationId,
      actorId: page.actorId,
      actorLabel: page.actorLabel,
      action: page.action,
      entityType: page.entityType,
      entityId: page.entityId,
      outcome: page.outcome,
      ip: page.ip,
      requestId: page.requestId,
      details: page.details,
      actorName: actors.name,
      family: families.referenceCode,
      person: sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`,
      user: subjectUsers.name,
      site: sites.name,
      room: rooms.name,
    })
    .from(page)
    .leftJoin(actors, eq(actors.id, page.actorId))
    .leftJoin(families, and(about('family'), eq(families.id, subject)))
    .leftJoin(persons, and(about('person'), eq(persons.id, subject)))
    .leftJoin(subjectUsers, and(about('user'), eq(subjectUsers.id, subject)))
    .leftJoin(sites, and(about('site'), eq(sites.id, subject)))
    .leftJoin(rooms, and(about('room'), eq(rooms.id, subject)))
    .orderBy(desc(page.at), desc(page.id))
  return rows.map(({ family, person, user, site, room, ...entry }) => ({
    ...entry,
    subjectLabel: family ?? person ?? user ?? site ?? room ?? null,
  }))
}

export type NamedEntry = Awaited<ReturnType<typeof namedEntries>>[number]
