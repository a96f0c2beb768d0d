import type { AdmissionRefusal, ListAdmissionRefusalsQuery } from '@onestop/contracts'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { admissionRefusals, persons, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'

const LIMIT = 200

export async function listAdmissionRefusals(
  ctx: SignedInContext,
  query: Static<typeof ListAdmissionRefusalsQuery>,
): Promise<{ items: AdmissionRefusal[] }> {
  const rows = await ctx.db
    .select({
      refusal: admissionRefusals,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      refusedByName: users.name,
    })
    .from(admissionRefusals)
    .innerJoin(persons, eq(persons.id, admissionRefusals.personId))
    .innerJoin(users, eq(users.id, admissionRefusals.refusedById))
    .where(
      and(
        eq(admissionRefusals.organisationId, ctx.actor.organisationId),
        query.facilityId ? eq(admissionRefusals.facilityId, query.facilityId) : undefined,
        query.familyId ? eq(admissionRefusals.familyId, query.familyId) : undefined,
      ),
    )
    .orderBy(desc(admissionRefusals.refusedAt), desc(admissionRefusals.id))
    .limit(LIMIT)
  await audit(ctx, {
    action: 'admission_refusal.list',
    details: { families: [...new Set(rows.map((row) => row.refusal.familyId))], count: rows.length },
  })
  return {
    items: rows.map(({ refusal, personName, refusedByName }) => ({
      id: refusal.id,
      facilityId: refusal.facilityId,
      familyId: refusal.familyId,
      personId: refusal.personId,
      personName,
      reasons: refusal.reasons,
      refusedBy: { id: refusal.refusedById, name: refusedByName },
      refusedAt: refusal.refusedAt.toISOString(),
    })),
  }
}
