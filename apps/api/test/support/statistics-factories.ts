import { randomUUID } from 'node:crypto'
import type { ReferralStatus } from '@onestop/contracts'
import type { Database } from '../../src/db/client.js'
import { deliveredServices, families, persons, referrals, services } from '../../src/db/schema/index.js'
import { createUser } from './factories.js'

/** A moment in the middle of a Vilnius month (YYYY-MM), far from its edges in any time zone. */
export const midMonth = (month: string, day = 15) =>
  new Date(`${month}-${String(day).padStart(2, '0')}T10:00:00Z`)

export interface FamilySpec {
  municipality: string
  openedAt: Date
  closedAt?: Date
}

/** Families of the centre written straight to the database, as an intake and a closing would leave them. */
export async function insertFamilies(db: Database, centreId: string, specs: readonly FamilySpec[]) {
  if (specs.length === 0) return []
  const staff = await createUser(db, { organisationId: centreId, roles: ['case_manager'] })
  return db
    .insert(families)
    .values(
      specs.map((spec) => ({
        organisationId: centreId,
        referenceCode: `S-${randomUUID()}`,
        status: spec.closedAt ? ('closed' as const) : ('active' as const),
        municipality: spec.municipality,
        referralSource: 'child_rights_service' as const,
        referredAt: spec.openedAt.toISOString().slice(0, 10),
        intakeById: staff.id,
        openedAt: spec.openedAt,
        closedAt: spec.closedAt ?? null,
        closingReason: spec.closedAt ? 'goals_achieved' : null,
        outcomeSummary: spec.closedAt ? 'Tikslai pasiekti.' : null,
      })),
    )
    .returning()
}

export async function insertService(
  db: Database,
  organisationId: string,
  code = `S${randomUUID().slice(0, 6)}`,
) {
  const [service] = await db
    .insert(services)
    .values({
      organisationId,
      code,
      nameLt: `Paslauga ${code}`,
      nameEn: `Service ${code}`,
      mode: 'individual',
      professions: ['psychologist'],
      roomKinds: ['consultation'],
      defaultDurationMinutes: 60,
    })
    .returning()
  if (!service) throw new Error('no service')
  return service
}

/** One delivery of the service to one new person of each family, at `at`. */
export async function insertDeliveries(
  db: Database,
  serviceId: string,
  familyRows: readonly { id: string; organisationId: string }[],
  at: Date,
) {
  for (const family of familyRows) {
    const [person] = await db
      .insert(persons)
      .values({
        organisationId: family.organisationId,
        givenName: 'Ona',
        familyName: 'Onaitė',
        birthDate: '1990-01-01',
        gender: 'woman',
      })
      .returning()
    if (!person) throw new Error('no person')
    await db.insert(deliveredServices).values({
      organisationId: family.organisationId,
      serviceId,
      familyId: family.id,
      personId: person.id,
      sourceKind: 'appointment',
      sourceId: randomUUID(),
      deliveredAt: at,
      durationMinutes: 60,
    })
  }
}

export interface ReferralSpec {
  fromOrganisationId: string
  toOrganisationId: string
  apiClientId: string
  status: ReferralStatus
  receivedAt: Date
  count: number
}

/** `count` referrals from a municipality's API client, in the given status, straight to the database. */
export async function insertReferrals(db: Database, spec: ReferralSpec) {
  if (spec.count === 0) return
  const needsFamily = spec.status === 'accepted' || spec.status === 'case_closed'
  const decided = spec.status !== 'received'
  const familyRows = needsFamily
    ? await insertFamilies(
        db,
        spec.toOrganisationId,
        Array.from({ length: spec.count }, () => ({ municipality: 'Referral', openedAt: spec.receivedAt })),
      )
    : []
  await db.insert(referrals).values(
    Array.from({ length: spec.count }, (_, i) => ({
      fromOrganisationId: spec.fromOrganisationId,
      toOrganisationId: spec.toOrganisationId,
      apiClientId: spec.apiClientId,
      partnerReference: `R-${randomUUID().slice(0, 8)}`,
      reason: 'Šeimai reikia pagalbos.',
      urgency: 'routine' as const,
      consentConfirmed: true,
      status: spec.status,
      receivedAt: spec.receivedAt,
      answerDueAt: new Date(spec.receivedAt.getTime() + 5 * 86_400_000),
      decidedAt: decided ? spec.receivedAt : null,
      declineReason: spec.status === 'declined' ? 'Ne mūsų teritorija.' : null,
      familyId: familyRows[i]?.id ?? null,
      closedAt: spec.status === 'case_closed' ? spec.receivedAt : null,
    })),
  )
}
