import { and, eq, isNull } from 'drizzle-orm'
import type { SignedInContext } from '../lib/context.js'
import { createFamilyReferral } from '../modules/referrals/family-referrals.js'
import { familyMemberships, organisations, persons } from './schema/index.js'

const RECEIVER = 'Kretingos socialinių paslaugų centras'

/**
 * The Vilnius case manager refers the first demo family's mother and children on to Kretinga's centre (they are
 * moving to her parents there), the father staying: the family's Referrals tab and Kretinga's inbox have it.
 */
export async function seedDemoReferral(caseManager: SignedInContext, familyId: string) {
  const { db } = caseManager
  const [receiver] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, RECEIVER))
  if (!receiver) return
  const members = await db
    .select({ id: familyMemberships.id, role: familyMemberships.role, gender: persons.gender })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(and(eq(familyMemberships.familyId, familyId), isNull(familyMemberships.leftAt)))
  const referred = members.filter((m) => m.role === 'child' || (m.role === 'parent' && m.gender === 'woman'))
  if (referred.length === 0) return
  await createFamilyReferral(
    caseManager,
    familyId,
    {
      toOrganisationId: receiver.id,
      reason:
        'Mama su vaikais persikelia gyventi pas savo tėvus Kretingoje. Prašome tęsti atvejo vadybą ir psichologo konsultacijas vaikams.',
      urgency: 'routine',
      riskFactors: ['high_conflict_separation'],
      memberIds: referred.map((m) => m.id),
      consentConfirmed: true,
      consentNote: 'Mama sutikimą davė raštu atvejo vadybos susitikime.',
    },
    new Date(),
  )
}
