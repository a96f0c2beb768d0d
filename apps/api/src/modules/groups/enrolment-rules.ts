import type { EnrolBody, MemberRole } from '@onestop/contracts'
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { familyMemberships, groupSessions, type methodologies, persons } from '../../db/schema/index.js'
import { addDays, ageInYears, todayInVilnius } from '../../lib/dates.js'
import { AppError, BadRequestError, type InvalidField } from '../../lib/errors.js'

type Methodology = typeof methodologies.$inferSelect

/** Someone enrolling, with their place in their current family. */
export interface Enrollee {
  personId: string
  familyId: string
  role: MemberRole
}

/** How far after the first session an expected birth may be: a whole pregnancy, 40 weeks. */
const PREGNANCY_DAYS = 280

const refuse = (detail: string) => new AppError('enrolment-rule', detail)

/** The Vilnius day of the run's first session not cancelled (today for a run with none left). */
export async function firstSessionDay(db: Database, runId: string): Promise<string> {
  const [row] = await db
    .select({ first: sql<Date | string | null>`min(${groupSessions.startsAt})` })
    .from(groupSessions)
    .where(and(eq(groupSessions.runId, runId), ne(groupSessions.status, 'cancelled')))
  return todayInVilnius(row?.first ? new Date(row.first) : new Date())
}

/** Fields the run's methodology (or its absence) does not ask for are 400, as is a partner who is the person. */
export function assertAskedFields(methodology: Methodology | null, body: EnrolBody): void {
  const rules = methodology?.enrolmentRules ?? {}
  const errors: InvalidField[] = []
  if (body.partnerPersonId !== undefined && !rules.couples)
    errors.push({ pointer: '/partnerPersonId', code: 'not-allowed' })
  if (body.partnerPersonId === body.personId)
    errors.push({ pointer: '/partnerPersonId', code: 'listed-twice' })
  if (body.expectedBirthOn !== undefined && !rules.duringPregnancy)
    errors.push({ pointer: '/expectedBirthOn', code: 'not-allowed' })
  if (body.courtProceedingsOnHold !== undefined && !rules.courtProceedingsOnHold)
    errors.push({ pointer: '/courtProceedingsOnHold', code: 'not-allowed' })
  if (errors.length > 0)
    throw new BadRequestError('The run’s methodology does not ask for some of these fields.', errors)
}

async function birthDatesOf(db: Database, personIds: string[]) {
  const rows = await db
    .select({
      id: persons.id,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      birthDate: persons.birthDate,
    })
    .from(persons)
    .where(inArray(persons.id, personIds))
  return new Map(rows.map((row) => [row.id, row]))
}

/** Whether the family has a current child member aged `minYears`..`maxYears` on the day. */
async function hasChildAged(
  db: Database,
  familyId: string,
  range: { minYears: number; maxYears: number },
  day: string,
): Promise<boolean> {
  const children = await db
    .select({ birthDate: persons.birthDate })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(
      and(
        eq(familyMemberships.familyId, familyId),
        eq(familyMemberships.role, 'child'),
        isNull(familyMemberships.leftAt),
      ),
    )
  return children.some(({ birthDate }) => {
    const age = ageInYears(birthDate, day)
    return age >= range.minYears && age <= range.maxYears
  })
}

function assertExpectedBirth(methodology: Methodology, expectedBirthOn: string | undefined, day: string) {
  if (expectedBirthOn === undefined)
    throw refuse(
      `${methodology.name} enrols during pregnancy: give the expected birth date (expectedBirthOn).`,
    )
  if (expectedBirthOn <= day)
    throw new BadRequestError(`The expected birth date must be after the run’s first session (${day}).`, [
      { pointer: '/expectedBirthOn', code: 'end-before-start', params: { start: day } },
    ])
  if (expectedBirthOn > addDays(day, PREGNANCY_DAYS))
    throw new BadRequestError(`The expected birth date is more than ${PREGNANCY_DAYS} days after ${day}.`, [
      { pointer: '/expectedBirthOn', code: 'period-too-long', params: { limit: PREGNANCY_DAYS, start: day } },
    ])
}

/**
 * The methodology's enrolment rules for the persons enrolling together, on the day of the run's first
 * session; the first broken one is refused with 422 `enrolment-rule` naming it. Children (members in the role
 * of child) take part by `participantChildAge` and enrol alone; the other rules are the adults'.
 */
export async function assertEnrolmentRules(
  db: Database,
  methodology: Methodology,
  runId: string,
  body: EnrolBody,
  enrollees: Enrollee[],
): Promise<void> {
  const { name, enrolmentRules: rules } = methodology
  const day = await firstSessionDay(db, runId)
  const people = await birthDatesOf(
    db,
    enrollees.map((e) => e.personId),
  )
  const nameOf = (personId: string) => people.get(personId)?.name ?? personId
  for (const enrollee of enrollees) {
    if (enrollee.role === 'child') {
      const range = rules.participantChildAge
      if (!range || rules.parentOfChildAged)
        throw refuse(`${name} enrols parents; ${nameOf(enrollee.personId)} is a child of the family.`)
      const age = ageInYears(people.get(enrollee.personId)?.birthDate ?? day, day)
      if (age < range.minYears || age > range.maxYears)
        throw refuse(
          `${name} takes children aged ${range.minYears}–${range.maxYears} on ${day}; ${nameOf(enrollee.personId)} is ${age}.`,
        )
      if (enrollees.length > 1) throw refuse('A child enrols alone, not as a partner of a couple.')
      continue
    }
    const parentRange = rules.parentOfChildAged
    if (
      parentRange &&
      (enrollee.role !== 'parent' || !(await hasChildAged(db, enrollee.familyId, parentRange, day)))
    )
      throw refuse(
        `${name} enrols parents of a child aged ${parentRange.minYears}–${parentRange.maxYears} on ${day}; ${nameOf(enrollee.personId)} is not one.`,
      )
  }
  if (enrollees.some((e) => e.role === 'child')) return
  if (rules.couples?.bothRequired && body.partnerPersonId === undefined)
    throw refuse(`${name} takes both partners of a couple: name the partner (partnerPersonId).`)
  if (rules.duringPregnancy) assertExpectedBirth(methodology, body.expectedBirthOn, day)
  if (rules.courtProceedingsOnHold && body.courtProceedingsOnHold !== true)
    throw refuse(
      `${name} asks the parents to put court proceedings on hold: confirm it (courtProceedingsOnHold: true).`,
    )
}
