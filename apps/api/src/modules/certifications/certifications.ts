import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_MANAGERS,
  type ExpiringCertificationsQuery,
  type ListCertificationsQuery,
  type Role,
} from '@onestop/contracts'
import { and, asc, between, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { certifications, methodologies, users } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { addDays, todayInVilnius } from '../../lib/dates.js'
import { NotFoundError } from '../../lib/errors.js'
import { selectCertifications, toCertification } from './certification-view.js'

const managesCertifications = (roles: readonly Role[]) =>
  roles.some((role) => (CERTIFICATION_MANAGERS as readonly Role[]).includes(role))

const ofOrganisation = (ctx: SignedInContext) => eq(certifications.organisationId, ctx.actor.organisationId)

export async function listCertifications(
  ctx: SignedInContext,
  query: Static<typeof ListCertificationsQuery>,
) {
  const rows = await selectCertifications(ctx.db)
    .where(
      and(
        ofOrganisation(ctx),
        query.userId ? eq(certifications.userId, query.userId) : undefined,
        query.methodologyId ? eq(certifications.methodologyId, query.methodologyId) : undefined,
        query.level ? eq(certifications.level, query.level) : undefined,
        query.includeRevoked ? undefined : isNull(certifications.revokedAt),
      ),
    )
    .orderBy(
      asc(users.name),
      asc(methodologies.name),
      desc(certifications.certifiedOn),
      asc(certifications.id),
    )
  return { items: rows.map(toCertification) }
}

export async function listMyCertifications(ctx: SignedInContext) {
  const rows = await selectCertifications(ctx.db)
    .where(and(ofOrganisation(ctx), eq(certifications.userId, ctx.actor.id)))
    .orderBy(asc(methodologies.name), desc(certifications.certifiedOn), asc(certifications.id))
  return { items: rows.map(toCertification) }
}

const LEVEL_ORDER = sql.raw(`array[${CERTIFICATION_LEVELS.map((l) => `'${l}'`).join(', ')}]`)

/**
 * Certifications whose last day falls in [today, today + days], but for those a later one of the same
 * staff member and methodology, at the same level or above, already follows on.
 */
export async function listExpiringCertifications(
  ctx: SignedInContext,
  query: Static<typeof ExpiringCertificationsQuery>,
) {
  const today = todayInVilnius()
  const rows = await selectCertifications(ctx.db)
    .where(
      and(
        ofOrganisation(ctx),
        isNull(certifications.revokedAt),
        between(certifications.validUntil, today, addDays(today, query.days ?? 90)),
        sql`not exists (select 1 from certifications later
          where later.user_id = ${certifications.userId}
            and later.methodology_id = ${certifications.methodologyId}
            and later.revoked_at is null and later.id <> ${certifications.id}
            and later.certified_on <= ${certifications.validUntil} + 1
            and later.valid_until > ${certifications.validUntil}
            and array_position(${LEVEL_ORDER}, later.level) >= array_position(${LEVEL_ORDER}, ${certifications.level}))`,
      ),
    )
    .orderBy(asc(certifications.validUntil), asc(users.name), asc(certifications.id))
  return { items: rows.map(toCertification) }
}

/** A certification of the caller's organisation; others than coordinators and admins find only their own. */
export async function getCertification(ctx: SignedInContext, certificationId: string) {
  const [row] = await selectCertifications(ctx.db).where(
    and(
      ofOrganisation(ctx),
      eq(certifications.id, certificationId),
      managesCertifications(ctx.actor.roles) ? undefined : eq(certifications.userId, ctx.actor.id),
    ),
  )
  if (!row) throw new NotFoundError('certification', certificationId)
  return toCertification(row)
}
