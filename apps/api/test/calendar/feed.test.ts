import { createHash } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { calendarFeeds, sites, users } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { at, type BookingCentre, book, bookingBody, bookingCentre } from '../support/booking-factories.js'
import { auditRowsOf } from '../support/factories.js'
import { auditOf, membersOf } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import { cancelBooking, groupRun, MY_FEED } from './calendar-factories.js'

const t = useTestApp()

const DAY_MS = 86_400_000
const daysFromNow = (days: number, hours = 0) =>
  new Date(Date.now() + days * DAY_MS + hours * 3_600_000).toISOString()

async function newFeed(auth: { authorization: string }) {
  const response = await t.http().post(MY_FEED).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  expect(response.headers.location).toBe(MY_FEED)
  const url = new URL(response.body.url)
  const token = /^\/api\/v1\/calendar-feeds\/([A-Za-z0-9_-]{43})\.ics$/.exec(url.pathname)?.[1]
  expect(token, url.pathname).toBeDefined()
  return { path: url.pathname, token: token ?? '', createdAt: response.body.createdAt as string }
}

const fetchFeed = (path: string) => t.http().get(path).buffer(true)

/** The appointments and group sessions one specialist's feed should hold, and some it should not. */
async function busySpecialist(c: BookingCentre) {
  const me = c.specialist
  const first = await book(t, c.coordinator.auth, bookingBody(c))
  const cancelled = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, { startsAt: at(4, 12), endsAt: at(4, 13) }),
  )
  await cancelBooking(t, c.coordinator.auth, cancelled.id)
  const run = await groupRun(t.db, {
    organisationId: c.organisationId,
    serviceId: c.serviceId,
    createdById: c.coordinator.user.id,
    facilitatorIds: [me.user.id, c.coordinator.user.id],
    roomId: c.roomId,
    sessions: [
      { startsAt: daysFromNow(-40), endsAt: daysFromNow(-40, 1) },
      { startsAt: daysFromNow(-10), endsAt: daysFromNow(-10, 1) },
      { startsAt: daysFromNow(200), endsAt: daysFromNow(200, 1) },
    ],
  })
  return { first, cancelled, run }
}

const vevents = (body: string) => body.split('BEGIN:VEVENT').slice(1)
/** Unfolds RFC 5545 continuation lines. */
const unfold = (body: string) => body.replace(/\r\n[ \t]/g, '')

describe('iCalendar feed', () => {
  it("serves the owner's appointments and sessions without names, and audits each fetch", async () => {
    const c = await bookingCentre(t)
    const me = c.specialist
    const { first, cancelled, run } = await busySpecialist(c)
    const feed = await newFeed(me.auth)

    const status = await t.http().get(MY_FEED).set(me.auth)
    expect(status.body).toEqual({ active: true, createdAt: feed.createdAt })
    expect(JSON.stringify(status.body)).not.toContain(feed.token)

    const response = await fetchFeed(feed.path)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const body = unfold(response.text)
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(body.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    const events = vevents(body)
    expect(events).toHaveLength(3)
    const [site] = await t.db.select().from(sites).where(eq(sites.id, c.siteId))
    const appointment = events.find((e) => e.includes(`UID:${first.id}@onestop`)) ?? ''
    const code = (first as unknown as { familyReferenceCode: string }).familyReferenceCode
    expect(appointment).toContain(`SUMMARY:Psichologo konsultacija · ${code}`)
    expect(appointment).toContain('DTSTART:20270104T080000Z')
    expect(appointment).toContain('DTEND:20270104T090000Z')
    expect(appointment).toMatch(new RegExp(`LOCATION:Room [^\\r]*\\\\, ${site?.name}`))
    expect(appointment).toContain('STATUS:CONFIRMED')
    expect(events.find((e) => e.includes(`UID:${cancelled.id}@onestop`))).toContain('STATUS:CANCELLED')
    const session = events.find((e) => e.includes(`UID:${run.sessionIds[1]}@onestop`)) ?? ''
    expect(session).toContain(`SUMMARY:${run.run.title}`)

    // Nothing that names a person leaves the building.
    const members = await membersOf(t, c.coordinator.auth, c.family.id)
    for (const member of members) {
      expect(body).not.toContain(member.familyName)
      expect(body).not.toContain(member.personId)
    }
    expect(body).not.toContain(c.family.id)
    expect(body).not.toContain(me.user.name)
    expect(body).not.toContain(c.coordinator.user.name)

    const reads = await auditOf(t.db, me.user.id, 'calendar-feed.read')
    expect(reads).toHaveLength(1)
    expect(reads[0]?.details).toMatchObject({
      appointments: expect.arrayContaining([first.id, cancelled.id]),
    })
  })

  it('keeps only a hash of the token', async () => {
    const c = await bookingCentre(t)
    const feed = await newFeed(c.specialist.auth)
    const rows = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, c.specialist.user.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(feed.token).digest('hex'))
    const [leak] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where details::text like ${`%${feed.token}%`}`,
    )
    expect(leak?.n).toBe(0)
    expect(await auditRowsOf(t.db, 'calendar-feed.create', rows[0]?.id)).toHaveLength(1)
  })

  it('never keeps the address for an Idempotency-Key replay: a retry makes a new one', async () => {
    const c = await bookingCentre(t)
    const send = () => t.http().post(MY_FEED).set(c.specialist.auth).set('idempotency-key', 'feed-retry-1')
    const first = await send()
    const retry = await send()
    expect([first.status, retry.status]).toEqual([201, 201])
    expect(retry.headers['idempotent-replayed']).toBeUndefined()
    expect(retry.body.url).not.toBe(first.body.url)
    const [kept] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from idempotency_keys where key = 'feed-retry-1'`,
    )
    expect(kept?.n).toBe(0)
    expectProblem(await fetchFeed(new URL(first.body.url).pathname), 404, '/problems/not-found')
  })

  it('stops the old address when a new one is made, and every address when revoked', async () => {
    const c = await bookingCentre(t)
    const me = c.specialist
    const old = await newFeed(me.auth)
    const current = await newFeed(me.auth)
    expect(current.token).not.toBe(old.token)
    expectProblem(await fetchFeed(old.path), 404, '/problems/not-found')
    expect((await fetchFeed(current.path)).status).toBe(200)

    const revoked = await t.http().delete(MY_FEED).set(me.auth)
    expect(revoked.status).toBe(204)
    expectProblem(await fetchFeed(current.path), 404, '/problems/not-found')
    expect((await t.http().get(MY_FEED).set(me.auth)).body).toEqual({ active: false, createdAt: null })
    expect((await t.http().delete(MY_FEED).set(me.auth)).status).toBe(204)

    const revokes = await auditOf(t.db, me.user.id, 'calendar-feed.revoke')
    expect(revokes).toHaveLength(1)
    const creates = await auditOf(t.db, me.user.id, 'calendar-feed.create')
    expect(creates[1]?.details).toMatchObject({ revoked: [creates[0]?.entityId] })
  })

  it("stops a deactivated staff member's feed", async () => {
    const c = await bookingCentre(t)
    const feed = await newFeed(c.specialist.auth)
    await t.db.update(users).set({ active: false }).where(eq(users.id, c.specialist.user.id))
    expectProblem(await fetchFeed(feed.path), 404, '/problems/not-found')
  })

  it('answers an unknown token with 404 and a malformed one with 400, as problem+json', async () => {
    const c = await bookingCentre(t)
    const feed = await newFeed(c.specialist.auth)
    const tampered = `${feed.token.slice(0, -1)}${feed.token.endsWith('A') ? 'B' : 'A'}`
    expectProblem(await fetchFeed(`/api/v1/calendar-feeds/${tampered}.ics`), 404, '/problems/not-found')
    expectProblem(await fetchFeed('/api/v1/calendar-feeds/short.ics'), 400, '/problems/validation')
    expectProblem(await fetchFeed(`/api/v1/calendar-feeds/${feed.token}`), 404, '/problems/not-found')
    expectProblem(
      await fetchFeed(`/api/v1/calendar-feeds/${'%27'.repeat(20)}${feed.token}.ics`),
      400,
      '/problems/validation',
    )
    expectProblem(await t.http().post(MY_FEED), 401, '/problems/unauthorized')
  })

  it('rate-limits fetching feeds', async () => {
    const path = `/api/v1/calendar-feeds/${'x'.repeat(43)}.ics`
    let last = await fetchFeed(path)
    for (let i = 0; i < 70 && last.status !== 429; i++) last = await fetchFeed(path)
    expectProblem(last, 429, '/problems/rate-limited')
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0)
  })
})
