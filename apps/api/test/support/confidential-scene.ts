import type { Role } from '@onestop/contracts'
import { expect } from 'vitest'
import type { TestApp } from './app.js'
import { createOrganisation, signedInUser } from './factories.js'
import { familyPath, intakeFamily, memberBody, membersOf } from './family-factories.js'

export const PHONE = '+370 655 12345'
export const ADDRESS = 'Slaptoji g. 7-12, Vilnius'
export const SECRET = { phone: PHONE, address: ADDRESS }

export const memberPath = (familyId: string, memberId: string) =>
  `${familyPath(familyId)}/members/${memberId}`

/** Fails unless the raw answer is free of the confidential phone and address. */
export const expectNoSecret = (response: { text: string }, context: string) => {
  for (const value of [PHONE, ADDRESS])
    expect(response.text, `${context} leaks ${value}`).not.toContain(value)
}

/**
 * A family whose parent's contacts are confidential, its responsible case manager (`manager`, of the given
 * roles), a second case manager on its team, and the centre's coordinator and admin.
 */
export async function confidentialScene(t: TestApp, managerRoles: Role[] = ['case_manager']) {
  const org = await createOrganisation(t.db)
  const as = (roles: Role[]) => signedInUser(t, { organisationId: org.id, roles })
  const coordinator = await as(['coordinator'])
  const admin = await as(['admin'])
  const manager = await as(managerRoles)
  const teamManager = await as(['case_manager'])
  const family = await intakeFamily(t, manager.auth, {
    members: [memberBody({ contacts: SECRET, contactsConfidential: true })],
  })
  const added = await t
    .http()
    .post(`${familyPath(family.id)}/team`)
    .set(manager.auth)
    .send({ userId: teamManager.user.id })
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  const [member] = await membersOf(t, manager.auth, family.id)
  if (!member) throw new Error('no member')
  expect(member.contacts).toEqual(SECRET)
  return { org, coordinator, admin, manager, teamManager, family, member }
}
