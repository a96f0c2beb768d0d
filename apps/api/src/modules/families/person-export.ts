import { and, asc, desc, eq, sql } from 'drizzle-orm'
import {
  caseConferenceParticipants,
  caseConferences,
  consents,
  families,
  familyMemberships,
  persons,
  stays,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { NotFoundError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { parseDays } from '../accommodation/nights.js'
import { managesStays } from '../accommodation/stay-access.js'
import { selectStayRows } from '../accommodation/stay-view.js'
import { mayReadContacts } from './confidential-contacts.js'
import { recordDisclosure } from './disclosures.js'

/**
 * The person's stays with their dates; where, only for a caller who may know it: a manager of stays, or the
 * responsible case manager of the family the stay was for. An admin's stated reason discloses contacts, not
 * where someone shelters.
 */
async function exportedStays(ctx: SignedInContext, personId: string, responsibleFor: ReadonlySet<string>) {
  const rows = await selectStayRows(ctx.db)
    .where(and(eq(stays.personId, personId), eq(stays.organisationId, ctx.actor.organisationId)))
    .orderBy(asc(sql`lower(${stays.nights})`), asc(stays.id))
  const mayKnowAll = managesStays(ctx.actor)
  return rows.map((row) => {
    const days = parseDays(row.stay.nights)
    const located = mayKnowAll || responsibleFor.has(row.stay.familyId)
    return {
      stayId: row.stay.id,
      familyId: row.stay.familyId,
      status: row.stay.status,
      checkIn: days.from,
      checkOut: days.until,
      location: located
        ? {
            facilityName: row.facilityName,
            facilityKind: row.facilityKind,
            roomName: row.roomName,
            bedLabel: row.bedLabel,
          }
        : null,
    }
  })
}

/**
 * Everything held about a person, for a subject access request. Confidential contacts are withheld unless
 * the caller is the responsible case manager of one of the person's current families, or an admin who
 * states a `reason`: that disclosure is recorded for review.
 */
export async function exportPerson(ctx: SignedInContext, personId: string, reason?: string) {
  const [person] = await ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, personId), eq(persons.organisationId, ctx.actor.organisationId)))
  if (!person) throw new NotFoundError('person', personId)
  const memberships = await ctx.db
    .select({
      membership: familyMemberships,
      referenceCode: families.referenceCode,
      status: families.status,
      caseManagerId: families.caseManagerId,
    })
    .from(familyMemberships)
    .innerJoin(families, eq(families.id, familyMemberships.familyId))
    .where(eq(familyMemberships.personId, personId))
    .orderBy(familyMemberships.joinedAt)
  const familyIds = memberships.map((m) => m.membership.familyId)
  const responsible = memberships.some(
    (m) => m.membership.leftAt === null && m.caseManagerId === ctx.actor.id,
  )
  const readable = mayReadContacts({ responsible }, person)
  const why = readable ? undefined : reason?.trim()
  const consentRows = await ctx.db
    .select()
    .from(consents)
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.recordedAt))
  const attended = await ctx.db
    .select({
      conferenceId: caseConferences.id,
      familyId: caseConferences.familyId,
      heldAt: caseConferences.heldAt,
    })
    .from(caseConferenceParticipants)
    .innerJoin(caseConferences, eq(caseConferences.id, caseConferenceParticipants.conferenceId))
    .where(eq(caseConferenceParticipants.personId, personId))
  const [counts] = familyIds.length
    ? await queryRows<{
        assessments: number
        goals: number
        reviews: number
        conferences: number
        notes: number
      }>(
        ctx.db,
        sql`select
          (select count(*)::int from needs_assessments where family_id in ${familyIds}) as assessments,
          (select count(*)::int from case_plan_goals where family_id in ${familyIds}) as goals,
          (select count(*)::int from case_plan_reviews where family_id in ${familyIds}) as reviews,
          (select count(*)::int from case_conferences where family_id in ${familyIds}) as conferences,
          (select count(*)::int from case_notes where family_id in ${familyIds}) as notes`,
      )
    : []
  const responsibleFor = new Set(
    memberships.filter((m) => m.caseManagerId === ctx.actor.id).map((m) => m.membership.familyId),
  )
  const stayItems = await exportedStays(ctx, personId, responsibleFor)
  const staysShown = {
    stays: stayItems.length,
    stayLocations: stayItems.some((stay) => stay.location === null) ? 'withheld' : 'shown',
  }
  await ctx.db.transaction(async (tx) => {
    const disclosureId = why ? await recordDisclosure(ctx, tx, personId, why) : undefined
    await audit(
      ctx,
      {
        action: 'person.export',
        entityType: 'person',
        entityId: personId,
        details: disclosureId
          ? { contacts: 'disclosed', disclosureId, reason: why, ...staysShown }
          : { contacts: readable ? 'shown' : 'withheld', ...staysShown },
      },
      tx,
    )
  })
  return {
    exportedAt: new Date().toISOString(),
    person: {
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      gender: person.gender,
      personalCode: person.personalCodeEncrypted
        ? fieldCryptoFor(ctx.config.encryptionKey).decrypt(person.personalCodeEncrypted)
        : null,
      contacts: readable || why ? person.contacts : null,
      contactsConfidential: person.contactsConfidential,
      createdAt: person.createdAt.toISOString(),
    },
    memberships: memberships.map(({ membership, referenceCode, status }) => ({
      familyId: membership.familyId,
      familyReferenceCode: referenceCode,
      familyStatus: status,
      role: membership.role,
      joinedAt: membership.joinedAt.toISOString(),
      leftAt: membership.leftAt?.toISOString() ?? null,
    })),
    consents: consentRows.map((c) => ({
      purpose: c.purpose,
      given: c.given,
      note: c.note,
      recordedAt: c.recordedAt.toISOString(),
    })),
    conferencesAttended: attended.map((a) => ({ ...a, heldAt: a.heldAt.toISOString() })),
    stays: stayItems,
    familyRecords: counts ?? { assessments: 0, goals: 0, reviews: 0, conferences: 0, notes: 0 },
  }
}
