import { randomUUID } from 'node:crypto'
import type { Methodology } from '@onestop/contracts'
import { expect } from 'vitest'
import type { TestApp } from './app.js'
import { certify } from './certification-factories.js'
import { createOrganisation, signedInUser } from './factories.js'

export const METHODOLOGIES = '/api/v1/methodologies'

/** A valid body for a new methodology with a unique name; fields may be replaced. */
export const methodologyBody = (overrides: Record<string, unknown> = {}) => ({
  name: `Programa ${randomUUID().slice(0, 8)}`,
  shortDescription: 'Grupinė programa tėvams.',
  targetGroup: 'Paauglių tėvai.',
  format: 'group',
  sessionCount: 4,
  sessionMinutes: 120,
  maxGroupSize: 12,
  facilitatorsPerGroup: 1,
  certificationPath: 'Kursai ir akreditacijos diena.',
  certificationValidityMonths: 24,
  enrolmentRules: { parentOfChildAged: { minYears: 12, maxYears: 16 } },
  outcomeInstruments: [{ name: 'SDQ', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
  ...overrides,
})

type Auth = { authorization: string }

export async function createMethodology(t: TestApp, auth: Auth, overrides: Record<string, unknown> = {}) {
  const response = await t.http().post(METHODOLOGIES).set(auth).send(methodologyBody(overrides))
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Methodology
}

/** A new organisation with an admin, a coordinator and a specialist, and one methodology of its own. */
export async function methodologyCentre(t: TestApp, overrides: Record<string, unknown> = {}) {
  const organisationId = (await createOrganisation(t.db)).id
  const admin = await signedInUser(t, { roles: ['admin'], organisationId })
  const coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId })
  const specialist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId,
  })
  const methodology = await createMethodology(t, admin.auth, overrides)
  return { organisationId, admin, coordinator, specialist, methodology }
}

/** Certifies a staff member in a methodology, accredited from 2025 for ten years unless told otherwise. */
export const certifyIn = (
  t: TestApp,
  auth: Auth,
  userId: string,
  methodologyId: string,
  overrides: Record<string, unknown> = {},
) =>
  certify(t, auth, {
    userId,
    methodologyId,
    level: 'accredited',
    certifiedOn: '2025-01-01',
    validUntil: '2034-12-31',
    ...overrides,
  })
