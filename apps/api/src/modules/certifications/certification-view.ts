import type { Certification } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database } from '../../db/client.js'
import { certifications, methodologies, users } from '../../db/schema/index.js'

const supervisor = alias(users, 'supervisor')

/** Certifications with the names of their staff member, methodology and supervisor; add the filter. */
export const selectCertifications = (db: Database) =>
  db
    .select({
      certification: certifications,
      staffName: users.name,
      methodologyName: methodologies.name,
      supervisorName: supervisor.name,
    })
    .from(certifications)
    .innerJoin(users, eq(users.id, certifications.userId))
    .innerJoin(methodologies, eq(methodologies.id, certifications.methodologyId))
    .leftJoin(supervisor, eq(supervisor.id, certifications.supervisorId))

type CertificationJoin = Awaited<ReturnType<typeof selectCertifications>>[number]

export const toCertification = ({
  certification: row,
  staffName,
  methodologyName,
  supervisorName,
}: CertificationJoin): Certification => ({
  id: row.id,
  staff: { id: row.userId, name: staffName },
  methodology: { id: row.methodologyId, name: methodologyName },
  level: row.level,
  certifiedOn: row.certifiedOn,
  validUntil: row.validUntil,
  evidence: row.evidence,
  supervisor: row.supervisorId ? { id: row.supervisorId, name: supervisorName ?? '' } : null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  revocationReason: row.revocationReason,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
