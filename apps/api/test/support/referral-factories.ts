import { randomUUID } from 'node:crypto'
import { makePersonalCode } from '@onestop/contracts'
import { expect } from 'vitest'
import type { TestApp } from './app.js'
import { type Auth, ifMatch, uniqueName } from './family-factories.js'

export const REFERRALS = '/api/v1/referrals'
export const INBOX = '/api/v1/incoming-referrals'

/** A mother with a personal code and her son, as a municipality describes them. */
export const referralMembers = (familyName = uniqueName()) => [
  {
    givenName: 'Asta',
    familyName,
    birthDate: '1988-04-12',
    gender: 'woman',
    role: 'parent',
    personalCode: makePersonalCode('1988-04-12', true, Math.floor(Math.random() * 900) + 100),
    contacts: { phone: '+370 612 34567', address: 'Nadruvos g. 13, Vilnius' },
  },
  { givenName: 'Jonas', familyName, birthDate: '2016-09-03', gender: 'man', role: 'child' },
]

export const referralBody = (overrides: Record<string, unknown> = {}) => ({
  partnerReference: `VTAS-${randomUUID().slice(0, 8)}`,
  reason: 'Tėvų konfliktas skyrybų metu, vaikas nelanko mokyklos.',
  urgency: 'routine',
  riskFactors: ['high_conflict_separation'],
  consentConfirmed: true,
  members: referralMembers(),
  ...overrides,
})

/** A partner referral through the API; fails the test unless it is 201. */
export async function refer(t: TestApp, auth: Auth, overrides: Record<string, unknown> = {}) {
  const response = await t.http().post(REFERRALS).set(auth).send(referralBody(overrides))
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as { id: string; partnerReference: string; status: string }
}

export async function accept(t: TestApp, auth: Auth, referralId: string, body: object = {}) {
  const response = await t.http().post(`${INBOX}/${referralId}/accept`).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { id: string; familyId: string; status: string }
}

export async function closeFamily(t: TestApp, auth: Auth, familyId: string, version: number) {
  for (const [status, v] of [
    ['active', version],
    ['closed', version + 1],
  ] as const) {
    const response = await t
      .http()
      .post(`/api/v1/families/${familyId}/status`)
      .set(auth)
      .set(ifMatch(v))
      .send(
        status === 'closed'
          ? { status, closingReason: 'Tikslai pasiekti', outcomeSummary: 'Šeima susitarė.' }
          : { status, reason: 'Pirminis vertinimas atliktas.' },
      )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
}
