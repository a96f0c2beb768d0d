import type { MoveMemberBody, NewMemberBody, UpdateMemberBody } from '@onestop/contracts'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { familyMemberships, persons } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { assertNotInFuture } from '../../lib/dates.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from './access.js'
import { assertMayChangeContacts } from './confidential-contacts.js'
import { currentMembership, selectMemberRows, toMember } from './member-view.js'
import { assertValidPersonalCode } from './personal-code.js'

type NewMember = Static<typeof NewMemberBody>

const assertBirthDate = (birthDate: string, pointer: string) =>
  assertNotInFuture(birthDate, pointer, 'birth date')

/** Creates a person and their membership of a family; part of intake and of adding a member. */
export async function insertMember(
  ctx: SignedInContext,
  tx: Database,
  family: { id: string; organisationId: string },
  member: NewMember,
  pointer = '',
): Promise<string> {
  assertBirthDate(member.birthDate, `${pointer}/birthDate`)
  const crypto = fieldCryptoFor(ctx.config.encryptionKey)
  if (member.personalCode)
    assertValidPersonalCode(member.personalCode, member.birthDate, `${pointer}/personalCode`)
  const [person] = await tx
    .insert(persons)
    .values({
      organisationId: family.organisationId,
      givenName: member.givenName.trim(),
      familyName: member.familyName.trim(),
      birthDate: member.birthDate,
      gender: member.gender,
      personalCodeEncrypted: member.personalCode ? crypto.encrypt(member.personalCode) : null,
      personalCodeHash: member.personalCode ? crypto.lookupHash(member.personalCode) : null,
      contacts: member.contacts ?? {},
      contactsConfidential: member.contactsConfidential ?? false,
    })
    .returning({ id: persons.id })
  if (!person) throw new Error('person insert returned nothing')
  const [membership] = await tx
    .insert(familyMemberships)
    .values({ familyId: family.id, personId: person.id, role: member.role })
    .returning({ id: familyMemberships.id })
  if (!membership) throw new Error('membership insert returned nothing')
  await audit(
    ctx,
    { action: 'member.create', entityType: 'person', entityId: person.id, details: { familyId: family.id } },
    tx,
  )
  return membership.id
}

export async function listMembers(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const rows = await selectMemberRows(ctx.db)
    .where(currentMembership(familyId))
    .orderBy(persons.birthDate, persons.id)
  await audit(ctx, {
    action: 'member.list',
    entityType: 'family',
    entityId: familyId,
    details: { persons: rows.map((r) => r.id), ...accessDetails(access) },
  })
  return { items: rows.map((row) => toMember(ctx, access, row)) }
}

async function findMember(ctx: SignedInContext, familyId: string, memberId: string, db: Database = ctx.db) {
  const [row] = await selectMemberRows(db).where(currentMembership(familyId, memberId))
  if (!row) throw new NotFoundError('member', memberId)
  return row
}

export async function getMember(ctx: SignedInContext, familyId: string, memberId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const row = await findMember(ctx, familyId, memberId)
  await audit(ctx, {
    action: 'member.read',
    entityType: 'person',
    entityId: row.id,
    details: { familyId, ...accessDetails(access) },
  })
  return toMember(ctx, access, row)
}

export async function addMember(ctx: SignedInContext, familyId: string, body: NewMember) {
  const access = await familyForActor(ctx, familyId, 'manage')
  const membershipId = await ctx.db.transaction((tx) => insertMember(ctx, tx, access.family, body))
  return toMember(ctx, access, await findMember(ctx, familyId, membershipId))
}

export async function updateMember(
  ctx: SignedInContext,
  familyId: string,
  memberId: string,
  body: Static<typeof UpdateMemberBody>,
) {
  const access = await familyForActor(ctx, familyId, 'manage')
  const current = await findMember(ctx, familyId, memberId)
  const birthDate = body.birthDate ?? current.birthDate
  if (body.birthDate) assertBirthDate(body.birthDate, '/birthDate')
  const crypto = fieldCryptoFor(ctx.config.encryptionKey)
  const code =
    body.personalCode === undefined
      ? current.personalCodeEncrypted && crypto.decrypt(current.personalCodeEncrypted)
      : body.personalCode
  if (code) assertValidPersonalCode(code, birthDate, body.personalCode ? '/personalCode' : '/birthDate')
  assertMayChangeContacts(access, current, body)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(persons)
      .set({
        ...(body.givenName !== undefined ? { givenName: body.givenName.trim() } : {}),
        ...(body.familyName !== undefined ? { familyName: body.familyName.trim() } : {}),
        ...(body.birthDate !== undefined ? { birthDate: body.birthDate } : {}),
        ...(body.gender !== undefined ? { gender: body.gender } : {}),
        ...(body.personalCode !== undefined
          ? {
              personalCodeEncrypted: body.personalCode ? crypto.encrypt(body.personalCode) : null,
              personalCodeHash: body.personalCode ? crypto.lookupHash(body.personalCode) : null,
            }
          : {}),
        ...(body.contacts !== undefined ? { contacts: body.contacts } : {}),
        ...(body.contactsConfidential !== undefined
          ? { contactsConfidential: body.contactsConfidential }
          : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(persons.id, current.id))
    if (body.role !== undefined)
      await tx.update(familyMemberships).set({ role: body.role }).where(eq(familyMemberships.id, memberId))
    await audit(
      ctx,
      {
        action: 'member.update',
        entityType: 'person',
        entityId: current.id,
        details: { familyId, fields: Object.keys(body) },
      },
      tx,
    )
  })
  return toMember(ctx, access, await findMember(ctx, familyId, memberId))
}

/**
 * Ends the membership in this family and starts one in another family of the same organisation; the person
 * and their history stay. The answer shows what the caller could read in the family the member left.
 */
export async function moveMember(
  ctx: SignedInContext,
  familyId: string,
  memberId: string,
  body: Static<typeof MoveMemberBody>,
) {
  const source = await familyForActor(ctx, familyId, 'manage')
  if (body.toFamilyId === familyId)
    throw new ConflictError('The person is already in this family.', 'same-family')
  // Checked before the right to manage the target: even its own managers never move a person across.
  const target = await familyForActor(ctx, body.toFamilyId, 'read')
  if (target.family.organisationId !== source.family.organisationId)
    throw new ConflictError(
      "A person moves to another organisation's family only through a referral; a member move stays within one organisation.",
      'referral-required',
    )
  await familyForActor(ctx, body.toFamilyId, 'manage')
  const current = await findMember(ctx, familyId, memberId)
  const newMembershipId = await ctx.db.transaction(async (tx) => {
    const ended = await tx
      .update(familyMemberships)
      .set({ leftAt: sql`now()` })
      .where(and(eq(familyMemberships.id, memberId), isNull(familyMemberships.leftAt)))
      .returning({ id: familyMemberships.id })
    if (ended.length === 0)
      throw new ConflictError('The person was moved by someone else meanwhile.', 'moved')
    const [membership] = await tx
      .insert(familyMemberships)
      .values({ familyId: body.toFamilyId, personId: current.id, role: body.role ?? current.role })
      .returning({ id: familyMemberships.id })
    if (!membership) throw new Error('membership insert returned nothing')
    await audit(
      ctx,
      {
        action: 'member.move',
        entityType: 'person',
        entityId: current.id,
        details: { from: familyId, to: body.toFamilyId },
      },
      tx,
    )
    return membership.id
  })
  return toMember(ctx, source, await findMember(ctx, body.toFamilyId, newMembershipId))
}
