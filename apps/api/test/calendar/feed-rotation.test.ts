import { and, eq, isNull } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { calendarFeeds } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { signedInUser } from '../support/factories.js'
import { MY_FEED } from './calendar-factories.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

describe.runIf(Boolean(TEST_DATABASE_URL))(
  'POST /api/v1/staff/me/calendar-feed under concurrency (PostgreSQL)',
  () => {
    it('leaves exactly one live address when 20 rotations race', async () => {
      const me = await signedInUser(t, { roles: ['specialist'] })
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => t.http().post(MY_FEED).set(me.auth)),
      )
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
      const live = await t.db
        .select()
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.userId, me.user.id), isNull(calendarFeeds.revokedAt)))
      expect(live).toHaveLength(1)
      const live200 = await Promise.all(
        responses.map(async (r) => (await t.http().get(new URL(r.body.url).pathname)).status),
      )
      expect(live200.filter((s) => s === 200)).toHaveLength(1)
    })
  },
)
