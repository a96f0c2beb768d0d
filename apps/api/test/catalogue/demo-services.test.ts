import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DEMO_SERVICES } from '../../src/db/demo-services.js'
import { seedDemoData } from '../../src/db/seed.js'
import { useTestApp } from '../support/app.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

describe('demo services and working hours', () => {
  it('gives each demo organisation the catalogue and its specialists Monday–Friday 08:00–17:00', async () => {
    // Five organisations, of which the two municipalities deliver no services.
    expect(await seedDemoData(t.db, t.config)).toBe(5)
    const perOrg = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from services group by organisation_id`,
    )
    expect(perOrg).toEqual(Array.from({ length: 3 }, () => ({ n: DEMO_SERVICES.length })))
    const groups = await queryRows<{ code: string; capacity: number }>(
      t.db,
      sql`select distinct code, default_capacity as capacity from services
        where code in ('therapeutic-group', 'parenting-skills-group') order by code`,
    )
    expect(groups).toEqual([
      { code: 'parenting-skills-group', capacity: 8 },
      { code: 'therapeutic-group', capacity: 20 },
    ])
    const hours = await queryRows<{ weekdays: number; starts: string; ends: string; sites: number }>(
      t.db,
      sql`select count(distinct w.weekday)::int as weekdays, min(w.starts_at)::text as starts,
        max(w.ends_at)::text as ends, count(distinct w.site_id)::int as sites
        from working_hours w join users u on u.id = w.user_id
        where u.email = 'specialist@onestop.example'`,
    )
    expect(hours).toEqual([{ weekdays: 5, starts: '08:00:00', ends: '17:00:00', sites: 1 }])
    const withoutHours = await queryRows(
      t.db,
      sql`select u.email from users u where cardinality(u.professions) > 0
        and not exists (select 1 from working_hours w where w.user_id = u.id)`,
    )
    expect(withoutHours).toEqual([])
  })
})
