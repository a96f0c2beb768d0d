import type { PlaceStaysBody } from '@onestop/contracts'
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import {
  accommodationFacilities,
  admissionRefusals,
  beds,
  families,
  familyMemberships,
  persons,
  stayPlacements,
  stays,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ageInYears } from '../../lib/dates.js'
import { BadRequestError, ConflictError, type InvalidField, NotFoundError } from '../../lib/errors.js'
import { OPEN_FAMILY_STATUSES } from '../bookings/checks.js'
import { assertAfter, dateRange } from './nights.js'
import {
  assertAgeFits,
  assertLength,
  lockFreeBeds,
  REFUSAL_PROBLEMS,
  REFUSAL_WORDS,
  refusalReasons,
  UnprocessableError,
  writingStays,
} from './stay-rules.js'
import { loadStays } from './stay-view.js'
import { closeIfAllPlaced, requestToPlace } from './waiting-list-placement.js'

type Body = Static<typeof PlaceStaysBody>

/** The family, of the caller's organisation and open, or 404 / 409. */
export async function openFamily(ctx: SignedInContext, familyId: string) {
  const [family] = await ctx.db
    .select({ id: families.id, status: families.status, referenceCode: families.referenceCode })
    .from(families)
    .where(and(eq(families.id, familyId), eq(families.organisationId, ctx.actor.organisationId)))
  if (!family) throw new NotFoundError('family', familyId)
  if (!OPEN_FAMILY_STATUSES.includes(family.status))
    throw new ConflictError(
      `Family ${family.referenceCode} is ${family.status}; only families in intake or active are placed.`,
      'family-not-open',
    )
  return family
}

function listedTwice(values: readonly string[], pointer: (index: number) => string): InvalidField[] {
  return values.flatMap((value, index) =>
    values.indexOf(value) < index ? [{ pointer: pointer(index), code: 'listed-twice' as const }] : [],
  )
}

/** The members as current members of the family with their names and birth dates; 400 for any other. */
async function currentMembers(ctx: SignedInContext, familyId: string, personIds: string[]) {
  const rows = await ctx.db
    .select({
      id: persons.id,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      birthDate: persons.birthDate,
    })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(
      and(
        eq(familyMemberships.familyId, familyId),
        isNull(familyMemberships.leftAt),
        inArray(familyMemberships.personId, personIds),
      ),
    )
  const byId = new Map(rows.map((row) => [row.id, row]))
  const strangers = personIds.flatMap((id, index) =>
    byId.has(id) ? [] : [{ pointer: `/members/${index}/personId`, code: 'not-a-current-member' as const }],
  )
  if (strangers.length)
    throw new BadRequestError('Every person placed must be a current member of the family.', strangers)
  return byId
}

/** The beds, all of one facility of the caller's organisation; 404 for a bed the caller may not know. */
async function bedsOfOneFacility(ctx: SignedInContext, bedIds: string[]) {
  const rows = await ctx.db
    .select({ bed: beds, facility: accommodationFacilities })
    .from(beds)
    .innerJoin(accommodationFacilities, eq(accommodationFacilities.id, beds.facilityId))
    .where(
      and(inArray(beds.id, bedIds), eq(accommodationFacilities.organisationId, ctx.actor.organisationId)),
    )
  const unknown = bedIds.find((id) => !rows.some((row) => row.bed.id === id))
  if (unknown) throw new NotFoundError('bed', unknown)
  const facility = rows[0]?.facility
  if (!facility) throw new Error('no beds')
  const elsewhere = bedIds.flatMap((id, index) =>
    rows.find((row) => row.bed.id === id)?.facility.id === facility.id
      ? []
      : [{ pointer: `/members/${index}/bedId`, code: 'other-facility' as const }],
  )
  if (elsewhere.length) throw new BadRequestError('A family is placed in one facility.', elsewhere)
  if (!facility.active)
    throw new ConflictError(`"${facility.name}" takes no new stays.`, 'bed-out-of-service')
  return facility
}

/**
 * Places a family's members together: every stay or none. A member an admission check refuses refuses the
 * whole placement; the refusal is kept (it commits although the request is refused).
 */
export async function placeStays(ctx: SignedInContext, body: Body) {
  const days = assertAfter({ from: body.checkIn, until: body.checkOut }, '/checkOut', 'checkIn')
  const personIds = body.members.map((m) => m.personId)
  const bedIds = body.members.map((m) => m.bedId)
  const twice = [
    ...listedTwice(personIds, (i) => `/members/${i}/personId`),
    ...listedTwice(bedIds, (i) => `/members/${i}/bedId`),
  ]
  if (twice.length) throw new BadRequestError('Each person and each bed is listed once.', twice)
  await openFamily(ctx, body.familyId)
  if (body.waitingRequestId) await requestToPlace(ctx.db, ctx, body.waitingRequestId, body.familyId)
  const members = await currentMembers(ctx, body.familyId, personIds)
  const facility = await bedsOfOneFacility(ctx, bedIds)

  const refused = body.members.flatMap((m) => {
    const person = members.get(m.personId)
    const adult = person ? ageInYears(person.birthDate, days.from) >= 18 : true
    const reasons = refusalReasons(m.admission, adult)
    return reasons.length && person ? [{ person, reasons }] : []
  })
  const [first] = refused
  if (first) {
    await ctx.db.insert(admissionRefusals).values(
      refused.map(({ person, reasons }) => ({
        organisationId: ctx.actor.organisationId,
        facilityId: facility.id,
        familyId: body.familyId,
        personId: person.id,
        reasons,
        refusedById: ctx.actor.id,
      })),
    )
    for (const { person, reasons } of refused)
      await audit(ctx, {
        action: 'admission.refuse',
        entityType: 'person',
        entityId: person.id,
        outcome: 'denied',
        details: { familyId: body.familyId, reasons },
      })
    const reason = first.reasons[0] ?? 'intoxicated_adult'
    const refusal = new UnprocessableError(
      REFUSAL_PROBLEMS[reason],
      `Admission refused: ${refused.map((r) => `${r.person.name} ${r.reasons.map((x) => REFUSAL_WORDS[x]).join(', ')}`).join('; ')}.`,
    )
    refusal.audited = true
    throw refusal
  }
  assertLength(facility, days)
  for (const person of members.values()) assertAgeFits(facility, person, days.from)

  const placementId = await writingStays(ctx.db, async (tx) => {
    const request = body.waitingRequestId
      ? await requestToPlace(tx, ctx, body.waitingRequestId, body.familyId, true)
      : undefined
    await lockFreeBeds(tx, bedIds, days)
    const [placement] = await tx
      .insert(stayPlacements)
      .values({
        organisationId: ctx.actor.organisationId,
        familyId: body.familyId,
        facilityId: facility.id,
        admissionChecks: body.members.map((m) => ({ personId: m.personId, ...m.admission })),
        createdById: ctx.actor.id,
      })
      .returning({ id: stayPlacements.id })
    if (!placement) throw new Error('placement insert returned nothing')
    const created = await tx
      .insert(stays)
      .values(
        body.members.map((m) => ({
          organisationId: ctx.actor.organisationId,
          placementId: placement.id,
          familyId: body.familyId,
          personId: m.personId,
          facilityId: facility.id,
          bedId: m.bedId,
          nights: sql`${dateRange(days)}`,
          createdById: ctx.actor.id,
        })),
      )
      .returning({ id: stays.id, personId: stays.personId })
    // Where the family stays is left out of the audit details: the log has readers who may not know it.
    for (const stay of created)
      await audit(
        ctx,
        {
          action: 'stay.create',
          entityType: 'stay',
          entityId: stay.id,
          details: { familyId: body.familyId, personId: stay.personId, placementId: placement.id, ...days },
        },
        tx,
      )
    if (request) await closeIfAllPlaced(tx, ctx, request.id, placement.id, personIds)
    return placement.id
  })
  return {
    id: placementId,
    familyId: body.familyId,
    facilityId: facility.id,
    stays: await loadStays(ctx.db, eq(stays.placementId, placementId)),
  }
}
