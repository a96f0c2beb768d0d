import { GENDERS, type Gender, MEMBER_ROLES, type MemberRole } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { organisations } from './organisations.js'

export interface PersonContacts {
  phone?: string
  email?: string
  address?: string
}

/** A person the centre helps; they belong to one family at a time through a membership. */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    /** AES-256-GCM ciphertext of the personal code; never stored in clear. */
    personalCodeEncrypted: text('personal_code_encrypted'),
    /** Keyed hash of the personal code, to find a person by it without decrypting. */
    personalCodeHash: text('personal_code_hash'),
    contacts: jsonb('contacts').$type<PersonContacts>().notNull().default({}),
    contactsConfidential: boolean('contacts_confidential').notNull().default(false),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true, precision: 3 }),
    ...timestamps(),
  },
  (t) => [
    index('persons_personal_code_hash_idx').on(t.personalCodeHash),
    // Referral matching by name and birth date within an organisation.
    index('persons_org_birth_date_idx').on(t.organisationId, t.birthDate),
    index('persons_full_name_trgm_idx').using(
      'gin',
      sql`lower(${t.givenName} || ' ' || ${t.familyName}) gin_trgm_ops`,
    ),
    check('persons_gender_check', sql`${t.gender} in (${sqlTextList(GENDERS)})`),
  ],
)

/** A person's membership of a family; moving to another family ends one and starts another. */
export const familyMemberships = pgTable(
  'family_memberships',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role').$type<MemberRole>().notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('family_memberships_family_idx').on(t.familyId, t.joinedAt),
    uniqueIndex('family_memberships_one_current_idx').on(t.personId).where(sql`${t.leftAt} is null`),
    index('family_memberships_person_idx').on(t.personId, t.joinedAt),
    check('family_memberships_role_check', sql`${t.role} in (${sqlTextList(MEMBER_ROLES)})`),
  ],
)
