import type { ChangeStayBody, MoveStayBody, StayStatus } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { accommodationFacilities, persons, stays } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { BadRequestError, ConflictError, PreconditionFailedError } from '../../lib/errors.js'
import { assertAfter, type Days, dateRange, parseDays } from './nights.js'
import { findBed } from './rooms-and-beds.js'
import { type StayRecord, stayForManager } from './stay-access.js'
import { assertAgeFits, assertLength, lockFreeBeds, writingStays } from './stay-rules.js'
import { loadStay } from './stay-view.js'

/** Refuses a stale version and a stay not in one of the states the change starts from. */
function assertState(stay: StayRecord, expectedVersion: number | undefined, from: readonly StayStatus[]) {
  if (expectedVersion !== undefined && stay.version !== expectedVersion)
    throw new PreconditionFailedError('stay')
  if (!from.includes(stay.status))
    throw new ConflictError(`The stay is ${stay.status.replace('_', ' ')}.`, 'invalid-transition')
}

const bumped = { version: sql`${stays.version} + 1`, updatedAt: sql`now()` }

/** Updates the stay if its version is still the one read; 412 when someone changed it meanwhile. */
async function updateStay(tx: Database, stay: StayRecord, values: PgUpdateSetSource<typeof stays>) {
  const updated = await tx
    .update(stays)
    .set({ ...values, ...bumped })
    .where(and(eq(stays.id, stay.id), eq(stays.version, stay.version)))
    .returning({ id: stays.id })
  if (updated.length === 0) throw new PreconditionFailedError('stay')
}

const auditStay = (ctx: SignedInContext, tx: Database, stay: StayRecord, action: string, details = {}) =>
  audit(
    ctx,
    {
      action,
      entityType: 'stay',
      entityId: stay.id,
      details: { familyId: stay.familyId, personId: stay.personId, ...details },
    },
    tx,
  )

async function facilityRules(tx: Database, facilityId: string, personId: string, days: Days) {
  const [facility] = await tx
    .select()
    .from(accommodationFacilities)
    .where(eq(accommodationFacilities.id, facilityId))
  const [person] = await tx
    .select({
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      birthDate: persons.birthDate,
    })
    .from(persons)
    .where(eq(persons.id, personId))
  if (!facility || !person) throw new Error('stay without facility or person')
  assertLength(facility, days)
  assertAgeFits(facility, person, days.from)
  return facility
}

export async function checkInStay(ctx: SignedInContext, stayId: string, expectedVersion: number | undefined) {
  const stay = await stayForManager(ctx, stayId, true)
  assertState(stay, expectedVersion, ['planned'])
  await updateStay(ctx.db, stay, { status: 'checked_in', checkedInAt: sql`now()` })
  await auditStay(ctx, ctx.db, stay, 'stay.check_in')
  return loadStay(ctx.db, stayId)
}

export async function checkOutStay(
  ctx: SignedInContext,
  stayId: string,
  expectedVersion: number | undefined,
  on: string | undefined,
) {
  const stay = await stayForManager(ctx, stayId, true)
  assertState(stay, expectedVersion, ['checked_in'])
  const days = assertAfter(
    { from: parseDays(stay.nights).from, until: on ?? todayInVilnius() },
    '/on',
    'the check-in date',
  )
  await writingStays(ctx.db, async (tx) => {
    await updateStay(tx, stay, {
      status: 'checked_out',
      checkedOutAt: sql`now()`,
      nights: sql`${dateRange(days)}`,
    })
    await auditStay(ctx, tx, stay, 'stay.check_out', { on: days.until })
  })
  return loadStay(ctx.db, stayId)
}

export async function cancelStay(
  ctx: SignedInContext,
  stayId: string,
  expectedVersion: number | undefined,
  reason: string,
) {
  const stay = await stayForManager(ctx, stayId, true)
  assertState(stay, expectedVersion, ['planned'])
  await updateStay(ctx.db, stay, { status: 'cancelled', cancelReason: reason.trim() })
  await auditStay(ctx, ctx.db, stay, 'stay.cancel')
  return loadStay(ctx.db, stayId)
}

/** Extends or shortens a stay to a new check-out date. */
export async function changeStay(
  ctx: SignedInContext,
  stayId: string,
  expectedVersion: number,
  body: Static<typeof ChangeStayBody>,
) {
  const stay = await stayForManager(ctx, stayId)
  assertState(stay, expectedVersion, ['planned', 'checked_in'])
  const before = parseDays(stay.nights)
  const days = assertAfter({ from: before.from, until: body.checkOut }, '/checkOut', 'the check-in date')
  await facilityRules(ctx.db, stay.facilityId, stay.personId, days)
  await writingStays(ctx.db, async (tx) => {
    await lockFreeBeds(tx, [stay.bedId], days)
    await updateStay(tx, stay, { nights: sql`${dateRange(days)}` })
    await auditStay(ctx, tx, stay, 'stay.change', { from: before.until, to: days.until })
  })
  return loadStay(ctx.db, stayId)
}

/**
 * Moves the person to another bed from `on`: in one transaction the stay ends on that day (or, moved on its
 * first day, is cancelled) and a new stay continues it to the planned check-out. When the new stay is
 * refused the whole transaction is undone, so the first stay is left as it was.
 */
export async function moveStay(
  ctx: SignedInContext,
  stayId: string,
  expectedVersion: number | undefined,
  body: Static<typeof MoveStayBody>,
) {
  const stay = await stayForManager(ctx, stayId)
  assertState(stay, expectedVersion, ['planned', 'checked_in'])
  const current = parseDays(stay.nights)
  if (body.on < current.from || body.on >= current.until)
    throw new BadRequestError('The move must fall within the stay.', [
      { pointer: '/on', code: 'outside-stay', params: { start: current.from, end: current.until } },
    ])
  const bed = await findBed(ctx.db, ctx.actor.organisationId, body.bedId)
  const next: Days = { from: body.on, until: current.until }
  const facility = await facilityRules(ctx.db, bed.facilityId, stay.personId, next)
  if (!facility.active)
    throw new ConflictError(`"${facility.name}" takes no new stays.`, 'bed-out-of-service')
  const movedOnFirstDay = body.on === current.from
  const id = await writingStays(ctx.db, async (tx) => {
    await lockFreeBeds(tx, [bed.id], next)
    await updateStay(
      tx,
      stay,
      movedOnFirstDay
        ? { status: 'cancelled', cancelReason: 'Moved to another bed.' }
        : {
            nights: sql`${dateRange({ from: current.from, until: body.on })}`,
            ...(stay.status === 'checked_in'
              ? { status: 'checked_out' as const, checkedOutAt: sql`now()` }
              : {}),
          },
    )
    const [created] = await tx
      .insert(stays)
      .values({
        organisationId: stay.organisationId,
        placementId: stay.placementId,
        familyId: stay.familyId,
        personId: stay.personId,
        facilityId: bed.facilityId,
        bedId: bed.id,
        nights: sql`${dateRange(next)}`,
        status: stay.status,
        checkedInAt: stay.status === 'checked_in' ? sql`now()` : null,
        movedFromStayId: stay.id,
        createdById: ctx.actor.id,
      })
      .returning({ id: stays.id })
    if (!created) throw new Error('stay insert returned nothing')
    await auditStay(ctx, tx, stay, 'stay.move', { toStayId: created.id, on: body.on })
    return created.id
  })
  return loadStay(ctx.db, id)
}
