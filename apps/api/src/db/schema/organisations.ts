import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'

export const ORGANISATION_KINDS = ['centre', 'ngo', 'municipality'] as const
export const ROOM_KINDS = ['consultation', 'group', 'children', 'accommodation', 'office'] as const

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    name: text('name').notNull().unique(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    municipality: text('municipality').notNull(),
    ...timestamps(),
  },
  (t) => [check('organisations_kind_check', sql`${t.kind} in (${sqlTextList(ORGANISATION_KINDS)})`)],
)

export const sites = pgTable(
  'sites',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    municipality: text('municipality').notNull(),
    ...timestamps(),
  },
  (t) => [index('sites_organisation_idx').on(t.organisationId)],
)

export const rooms = pgTable(
  'rooms',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ROOM_KINDS }).notNull(),
    capacity: integer('capacity').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index('rooms_site_idx').on(t.siteId),
    check('rooms_kind_check', sql`${t.kind} in (${sqlTextList(ROOM_KINDS)})`),
    check('rooms_capacity_check', sql`${t.capacity} > 0`),
  ],
)
