import type { FamilyStatus } from '@onestop/contracts'
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { families, familyMemberships, rooms, services, sites, users } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { assertCertifiedFacilitators } from '../certifications/facilitation.js'
import { findMethodology } from '../methodologies/methodologies.js'
import { checkPartnerSpecialist, partnerOrganisationOf } from './partner-specialist.js'
import { describePeriod, type Period } from './period.js'

export interface BookingInput extends Period {
  serviceId: string
  specialistId: string
  roomId: string | null
  familyId: string
  participantIds: string[]
}

export interface CheckedBooking {
  specialistName: string
  roomName: string | null
}

/** Only families in intake or active are booked or enrolled. */
export const OPEN_FAMILY_STATUSES: readonly FamilyStatus[] = ['intake', 'active']
const vilnius = (time: SQL) => sql`(${time} at time zone 'Europe/Vilnius')`
const instant = (time: Date) => sql`${time.toISOString()}::timestamptz`

/**
 * True when the period from `startsAt` to `endsAt` (timestamptz expressions) lies within one day and inside
 * one of the staff member's working-hours entries, on Vilnius wall-clock.
 */
export const insideWorkingHours = (userId: string, startsAt: SQL, endsAt: SQL): SQL => sql`exists(
  select 1 from working_hours w
  where w.user_id = ${userId}
    and w.weekday = extract(isodow from ${vilnius(startsAt)})
    and w.valid_from <= ${vilnius(startsAt)}::date
    and (w.valid_to is null or w.valid_to >= ${vilnius(startsAt)}::date)
    and ${vilnius(endsAt)}::date = ${vilnius(startsAt)}::date
    and w.starts_at <= ${vilnius(startsAt)}::time
    and w.ends_at >= ${vilnius(endsAt)}::time)`

export async function checkService(db: Database, actor: Actor, serviceId: string, pointer = '/serviceId') {
  const [service] = await db
    .select()
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.organisationId, actor.organisationId)))
  if (!service)
    throw new BadRequestError('No such service in your organisation.', [{ pointer, code: 'unknown-service' }])
  if (!service.active)
    throw new ConflictError(`The service "${service.nameLt}" is no longer offered.`, 'service-inactive')
  return service
}

/** Refuses a period outside the staff member's working hours (Vilnius wall-clock) or during an absence. */
export async function checkWorkingTime(db: Database, staff: { id: string; name: string }, period: Period) {
  const [hours] = await queryRows<{ inside: boolean; absent: boolean }>(
    db,
    sql`select
      ${insideWorkingHours(staff.id, instant(period.startsAt), instant(period.endsAt))} as inside,
      exists(select 1 from absences a
        where a.user_id = ${staff.id}
          and tstzrange(a.starts_at, a.ends_at, '[)')
            && tstzrange(${instant(period.startsAt)}, ${instant(period.endsAt)}, '[)')
      ) as absent`,
  )
  if (!hours?.inside)
    throw new ConflictError(
      `${describePeriod(period)} is outside ${staff.name}'s working hours.`,
      'outside-working-hours',
    )
  if (hours.absent)
    throw new ConflictError(`${staff.name} is away during ${describePeriod(period)}.`, 'absent')
}

/** An active staff member of the organisation who holds one of the allowed professions. */
export async function checkQualifiedStaff(
  db: Database,
  organisationId: string,
  userId: string,
  allowed: string[],
  pointer: string,
) {
  const [staff] = await db
    .select({ id: users.id, name: users.name, professions: users.professions })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId), eq(users.active, true)))
  if (!staff)
    throw new BadRequestError('No such staff member in your organisation.', [
      { pointer, code: 'unknown-staff' },
    ])
  if (!staff.professions.some((p) => allowed.includes(p)))
    throw new ConflictError(
      `${staff.name} holds none of the professions this service needs (${allowed.join(', ')}).`,
      'unqualified',
    )
  return staff
}

async function checkSpecialist(db: Database, actor: Actor, input: BookingInput, allowed: string[]) {
  const partner = await partnerOrganisationOf(db, actor, input.specialistId)
  if (partner) await checkPartnerSpecialist(db, actor.organisationId, partner, input)
  const specialist = await checkQualifiedStaff(
    db,
    partner ?? actor.organisationId,
    input.specialistId,
    allowed,
    '/specialistId',
  )
  await checkWorkingTime(db, specialist, input)
  return specialist
}

export async function checkRoom(db: Database, actor: Actor, roomId: string, kinds: string[]) {
  const [room] = await db
    .select({
      id: rooms.id,
      name: rooms.name,
      kind: rooms.kind,
      capacity: rooms.capacity,
      active: rooms.active,
    })
    .from(rooms)
    .innerJoin(sites, eq(sites.id, rooms.siteId))
    .where(and(eq(rooms.id, roomId), eq(sites.organisationId, actor.organisationId)))
  if (!room)
    throw new BadRequestError('No such room in your organisation.', [
      { pointer: '/roomId', code: 'unknown-room' },
    ])
  if (!room.active) throw new ConflictError(`The room "${room.name}" is out of use.`, 'room-inactive')
  if (!kinds.includes(room.kind))
    throw new BadRequestError(`A ${room.kind} room is not suited to this service.`, [
      { pointer: '/roomId', code: 'unsuitable-room', params: { kinds: kinds.join(' or ') || '(none)' } },
    ])
  return room
}

async function checkFamily(db: Database, input: BookingInput) {
  const [family] = await db
    .select({ status: families.status, referenceCode: families.referenceCode })
    .from(families)
    .where(eq(families.id, input.familyId))
  if (!family) throw new NotFoundError('family', input.familyId)
  if (!OPEN_FAMILY_STATUSES.includes(family.status))
    throw new ConflictError(
      `Family ${family.referenceCode} is ${family.status}; only families in intake or active are booked.`,
      'family-not-open',
    )
  const current = await db
    .select({ personId: familyMemberships.personId })
    .from(familyMemberships)
    .where(
      and(
        eq(familyMemberships.familyId, input.familyId),
        isNull(familyMemberships.leftAt),
        inArray(familyMemberships.personId, input.participantIds),
      ),
    )
  const members = new Set(current.map((m) => m.personId))
  const strangers = input.participantIds.flatMap((id, index) =>
    members.has(id) ? [] : [{ pointer: `/participantIds/${index}`, code: 'not-a-current-member' as const }],
  )
  if (strangers.length)
    throw new BadRequestError('Every participant must be a current member of the family.', strangers)
}

/**
 * Everything a booking must satisfy apart from free time; throws the first problem found. A service
 * delivering a methodology is booked only with a specialist certified in it on the day.
 */
export async function checkBooking(db: Database, actor: Actor, input: BookingInput): Promise<CheckedBooking> {
  const service = await checkService(db, actor, input.serviceId)
  const specialist = await checkSpecialist(db, actor, input, service.professions)
  if (service.methodologyId)
    await assertCertifiedFacilitators(
      db,
      await findMethodology(db, actor.organisationId, service.methodologyId),
      [specialist],
      [input.startsAt],
    )
  const room = input.roomId ? await checkRoom(db, actor, input.roomId, service.roomKinds) : null
  await checkFamily(db, input)
  return { specialistName: specialist.name, roomName: room?.name ?? null }
}
