import { ROLES } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/demo-data.js'
import { users } from '../src/db/schema/index.js'
import { seedDemoData } from '../src/db/seed.js'
import { useTestApp } from './support/app.js'
import { queryRows } from './support/sql.js'

const t = useTestApp()

describe('demo data', () => {
  it('seeds three organisations with sites, rooms and a login for every role', async () => {
    expect(await seedDemoData(t.db)).toBe(3)
    const rows = await t.db.select({ roles: users.roles, professions: users.professions }).from(users)
    for (const role of ROLES)
      expect(
        rows.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true)
    const professions = new Set(rows.flatMap((u) => u.professions))
    expect(professions.size).toBe(9)
    const rooms = await queryRows(t.db, sql`select count(*)::int as n from rooms`)
    expect(rooms[0]).toEqual({ n: 15 })
  })

  it('lets the demo admin sign in with the documented password', async () => {
    const response = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@onestop.example', password: DEMO_PASSWORD })
    expect(response.status).toBe(200)
    expect(response.body.user.roles).toEqual(['admin'])
  })

  it('adds nothing when run again', async () => {
    const before = await queryRows(t.db, sql`select count(*)::int as n from users`)
    expect(await seedDemoData(t.db)).toBe(0)
    expect(await queryRows(t.db, sql`select count(*)::int as n from users`)).toEqual(before)
  })
})
