import type { AdmissionReason, ProblemType } from '@onestop/contracts'
import { inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { beds } from '../../db/schema/index.js'
import { ageInYears } from '../../lib/dates.js'
import { EXCLUSION_VIOLATION, sqlState, violatedConstraint } from '../../lib/db-errors.js'
import { AppError, ConflictError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import type { FacilityRow } from './facility-view.js'
import { type Days, dateRange, nightsOf } from './nights.js'

/** A refusal that is well-formed but against the facility's rules (422). */
export class UnprocessableError extends AppError {}

/** Refuses a stay longer than the facility takes. */
export function assertLength(facility: FacilityRow, days: Days) {
  const nights = nightsOf(days)
  if (nights > facility.maxStayNights)
    throw new UnprocessableError(
      'stay-too-long',
      `${nights} nights is longer than "${facility.name}" takes (at most ${facility.maxStayNights}).`,
    )
}

/** Children's short-term care takes only persons under 18 on the check-in date. */
export function assertAgeFits(
  facility: FacilityRow,
  person: { name: string; birthDate: string },
  checkIn: string,
) {
  if (facility.kind === 'child_short_term_care' && ageInYears(person.birthDate, checkIn) >= 18)
    throw new UnprocessableError(
      'adult-in-child-care',
      `${person.name} is 18 or older on ${checkIn}; children's short-term care takes only persons under 18.`,
    )
}

/**
 * Locks the beds' rows (in id order, so two placements never wait on each other) and refuses a bed out of
 * use or out of service on any of the days. Taking an out-of-service period locks the bed too, so the two
 * cannot pass each other.
 */
export async function lockFreeBeds(tx: Database, bedIds: readonly string[], days: Days) {
  const ids = [...new Set(bedIds)].sort()
  const locked = await tx
    .select({ id: beds.id, label: beds.label, active: beds.active })
    .from(beds)
    .where(inArray(beds.id, ids))
    .orderBy(beds.id)
    .for('update')
  const inactive = locked.find((bed) => !bed.active)
  if (inactive) throw new ConflictError(`The bed "${inactive.label}" is out of use.`, 'bed-out-of-service')
  const [blocked] = await queryRows<{ label: string; days: string }>(
    tx,
    sql`select b.label, o.days::text as days from bed_out_of_service o join beds b on b.id = o.bed_id
      where o.bed_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and o.days && ${dateRange(days)} order by lower(o.days) limit 1`,
  )
  if (blocked)
    throw new ConflictError(
      `The bed "${blocked.label}" is out of service ${blocked.days}.`,
      'bed-out-of-service',
    )
}

const CONSTRAINT_PROBLEMS: Record<string, { type: ProblemType; detail: string }> = {
  stays_bed_no_overlap: { type: 'bed-taken', detail: 'The bed is already taken on some of these nights.' },
  stays_person_no_overlap: {
    type: 'person-already-staying',
    detail: 'The person already stays somewhere on some of these nights.',
  },
}

/**
 * Runs a write of stays (in a savepoint of its own, so a refusal undoes all of it) and answers the
 * exclusion constraints' refusals as the 409 they mean: a bed or a person in two stays at once.
 */
export async function writingStays<T>(db: Database, write: (tx: Database) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(write)
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION) throw error
    const problem = CONSTRAINT_PROBLEMS[violatedConstraint(error) ?? '']
    if (!problem) throw error
    throw new ConflictError(problem.detail, problem.type as 'bed-taken' | 'person-already-staying')
  }
}

export interface AdmissionAnswers {
  intoxicated: boolean
  emergencyMedicalCare: boolean
  inpatientPsychiatricCare: boolean
}

/** The exclusion checks that refuse this person: intoxication refuses an adult only. */
export function refusalReasons(answers: AdmissionAnswers, adult: boolean): AdmissionReason[] {
  return [
    ...(answers.intoxicated && adult ? (['intoxicated_adult'] as const) : []),
    ...(answers.emergencyMedicalCare ? (['emergency_medical_care'] as const) : []),
    ...(answers.inpatientPsychiatricCare ? (['inpatient_psychiatric_care'] as const) : []),
  ]
}

export const REFUSAL_PROBLEMS: Record<AdmissionReason, ProblemType> = {
  intoxicated_adult: 'admission-intoxicated',
  emergency_medical_care: 'admission-emergency-care',
  inpatient_psychiatric_care: 'admission-psychiatric-care',
}

export const REFUSAL_WORDS: Record<AdmissionReason, string> = {
  intoxicated_adult: 'an intoxicated adult',
  emergency_medical_care: 'needs emergency medical care',
  inpatient_psychiatric_care: 'needs in-patient psychiatric care',
}
