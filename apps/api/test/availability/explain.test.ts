import { type SQL, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/client.js'
import { freeSlotsQuery, type SlotSearch } from '../../src/modules/availability/slots.js'
import { useTestApp } from '../support/app.js'
import { createRoom, createService, createSite, giveWorkingHours } from '../support/booking-factories.js'
import { createOrganisation, createUser } from '../support/factories.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()
const STAFF = 40
const ROOMS = 20
/** Hours booked per resource: 40 + 20 resources × 850 ≈ 50,000 reservations. */
const HOURS_EACH = 850

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)]

async function planOf(db: Database, query: SQL): Promise<PlanNode[]> {
  const rows = await queryRows<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    db,
    sql`explain (format json) ${query}`,
  )
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan
  if (!plan) throw new Error('no plan')
  return flatten(plan)
}

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('availability query plan on PostgreSQL', () => {
  let search: SlotSearch
  let specialistId: string

  beforeAll(async () => {
    const organisation = await createOrganisation(t.db)
    const site = await createSite(t.db, organisation.id)
    const service = await createService(t.db, organisation.id)
    const staff = []
    for (let i = 0; i < STAFF; i++) {
      const user = await createUser(t.db, {
        organisationId: organisation.id,
        roles: ['specialist'],
        professions: ['psychologist'],
      })
      await giveWorkingHours(t.db, user.id, site.id)
      staff.push(user.id)
    }
    const rooms = []
    for (let i = 0; i < ROOMS; i++) rooms.push((await createRoom(t.db, site.id)).id)
    specialistId = staff[0] ?? ''
    const resources = sql.raw(`array['${[...staff, ...rooms].join("','")}']::uuid[]`)
    // Every resource booked one hour in two, from 08:00, for about four months from 1 January 2027.
    await t.db.execute(sql`
      insert into reservations (resource_kind, resource_id, period, source_kind, source_id)
      select case when r <= ${STAFF} then 'staff' else 'room' end, (${resources})[r],
        tstzrange(slot, slot + interval '1 hour', '[)'), 'training', gen_random_uuid()
      from generate_series(1, ${STAFF + ROOMS}) r,
        generate_series(0, ${HOURS_EACH - 1}) h,
        lateral (select timestamptz '2027-01-01 08:00+02' + make_interval(days => h / 6, hours => (h % 6) * 2)) s(slot)`)
    await t.db.execute(sql`analyze`)
    search = {
      from: new Date('2027-03-01T00:00:00+02:00'),
      to: new Date('2027-03-08T00:00:00+02:00'),
      organisationId: organisation.id,
      serviceId: service.id,
      specialistId: null,
      siteId: null,
      minutes: 60,
      limit: 51,
    }
  })

  it('has the rows it plans for', async () => {
    const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from reservations`)
    expect(row?.n).toBe((STAFF + ROOMS) * HOURS_EACH)
  })

  it.each([
    ['the whole staff', () => search],
    ['one specialist', () => ({ ...search, specialistId })],
  ])('reads reserved time through the gist index for %s, never scanning reservations', async (_who, of) => {
    const plan = await planOf(t.db, freeSlotsQuery(of()))
    const onReservations = plan.filter((n) => n['Relation Name'] === 'reservations')
    expect(onReservations.length).toBeGreaterThan(0)
    expect(onReservations.map((n) => n['Node Type'])).not.toContain('Seq Scan')
    expect(plan.map((n) => n['Index Name'])).toContain('reservations_no_overlap')
  })
})
