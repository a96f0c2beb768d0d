import { type CertificationLevel, SUPERVISING_LEVELS } from '@onestop/contracts'
import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { certifications, users } from '../../db/schema/index.js'
import { EXCLUSION_VIOLATION, sqlState, violatedConstraint } from '../../lib/db-errors.js'
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'

/** A staff member of the organisation, or 404. */
export async function findStaff(db: Database, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
  if (!row) throw new NotFoundError('staff member', userId)
  return row
}

/** The last day is not before the first. */
export function assertDates(certifiedOn: string, validUntil: string) {
  if (validUntil < certifiedOn)
    throw new BadRequestError('The certification would end before it starts.', [
      { pointer: '/validUntil', code: 'end-before-first-day', params: { start: certifiedOn } },
    ])
}

export interface SupervisionFacts {
  organisationId: string
  userId: string
  methodologyId: string
  level: CertificationLevel
  certifiedOn: string
  supervisorId?: string | null
}

/**
 * A trainee names a supervisor certified as supervisor or trainer in the methodology on the day the trainee
 * is certified (422 otherwise); the other levels name none.
 */
export async function assertSupervision(db: Database, facts: SupervisionFacts) {
  const { supervisorId, level } = facts
  if (level !== 'trainee') {
    if (supervisorId)
      throw new BadRequestError('Only a trainee has a supervisor.', [
        { pointer: '/supervisorId', code: 'not-allowed' },
      ])
    return
  }
  if (!supervisorId)
    throw new BadRequestError('A trainee needs a supervisor.', [
      { pointer: '/supervisorId', code: 'required' },
    ])
  const supervisor = await findStaff(db, facts.organisationId, supervisorId)
  const [held] =
    supervisorId === facts.userId
      ? []
      : await db
          .select({ id: certifications.id })
          .from(certifications)
          .where(
            and(
              eq(certifications.userId, supervisorId),
              eq(certifications.methodologyId, facts.methodologyId),
              inArray(certifications.level, [...SUPERVISING_LEVELS]),
              isNull(certifications.revokedAt),
              lte(certifications.certifiedOn, facts.certifiedOn),
              gte(certifications.validUntil, facts.certifiedOn),
            ),
          )
          .limit(1)
  if (!held)
    throw new AppError(
      'supervisor-not-certified',
      `${supervisor.name} is not certified as a supervisor or trainer of this methodology on ${facts.certifiedOn}.`,
    )
}

/**
 * Runs a write of a certification in a savepoint of its own and answers the exclusion constraint's refusal
 * as 409: the staff member already holds the methodology at that level on some of the days.
 */
export async function writingCertification<T>(db: Database, write: (tx: Database) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(write)
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION || violatedConstraint(error) !== 'certifications_no_overlap')
      throw error
    throw new ConflictError(
      'The staff member already holds a certification of this methodology and level for some of these days.',
      'certification-overlaps',
    )
  }
}
