import type { Member } from '@onestop/contracts'
import { and, eq, getTableColumns, isNull } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { familyMemberships, persons } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { ageInYears } from '../../lib/dates.js'
import type { FamilyAccess } from './access.js'
import { mayReadContacts } from './confidential-contacts.js'

export const selectMemberRows = (db: Database) =>
  db
    .select({
      ...getTableColumns(persons),
      membershipId: familyMemberships.id,
      familyId: familyMemberships.familyId,
      role: familyMemberships.role,
      joinedAt: familyMemberships.joinedAt,
    })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))

export type MemberRow = Awaited<ReturnType<ReturnType<typeof selectMemberRows>['execute']>>[number]

export const currentMembership = (familyId: string, membershipId?: string) =>
  and(
    eq(familyMemberships.familyId, familyId),
    isNull(familyMemberships.leftAt),
    membershipId ? eq(familyMemberships.id, membershipId) : undefined,
  )

/**
 * A member as this caller may see them: the personal code only for the case team of the family’s own
 * organisation; confidential contacts
 * only for the responsible case manager. `access` is to the family whose rules apply, which for a move is
 * the family the member left.
 */
export function toMember(ctx: SignedInContext, access: FamilyAccess, row: MemberRow): Member {
  const showCode = access.onTeam && !access.partner && row.personalCodeEncrypted !== null
  return {
    id: row.membershipId,
    personId: row.id,
    familyId: row.familyId,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    ageYears: ageInYears(row.birthDate),
    gender: row.gender,
    role: row.role,
    personalCode:
      showCode && row.personalCodeEncrypted
        ? fieldCryptoFor(ctx.config.encryptionKey).decrypt(row.personalCodeEncrypted)
        : null,
    hasPersonalCode: row.personalCodeEncrypted !== null,
    contacts: mayReadContacts(access, row) ? row.contacts : null,
    contactsConfidential: row.contactsConfidential,
    joinedAt: row.joinedAt.toISOString(),
  }
}
