import { createHash, randomBytes } from 'node:crypto'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import { calendarFeeds, sites, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { Actor, ServiceContext, SignedInContext } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { calendarEvents } from './events.js'
import { renderICalendar } from './ics.js'

const DAY_MS = 24 * 60 * 60 * 1000
const FEED_PAST_DAYS = 30
const FEED_FUTURE_DAYS = 180

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

export const feedPath = (token: string) => `/api/v1/calendar-feeds/${token}.ics`

/**
 * Makes a new feed token for the signed-in staff member, revoking the one before. Only its hash is kept;
 * the token is in this answer and nowhere else.
 */
export async function createCalendarFeed(ctx: SignedInContext, origin: string) {
  const token = randomBytes(32).toString('base64url')
  const feed = await ctx.db.transaction(async (tx) => {
    // The user's row lock makes two simultaneous rotations take turns instead of colliding on the
    // one-live-feed index.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, ctx.actor.id)).for('update')
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, ctx.actor.id), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id })
    const [created] = await tx
      .insert(calendarFeeds)
      .values({ userId: ctx.actor.id, tokenHash: hashOf(token) })
      .returning()
    if (!created) throw new Error('calendar feed insert returned nothing')
    await audit(
      ctx,
      {
        action: 'calendar-feed.create',
        entityType: 'calendar_feed',
        entityId: created.id,
        details: { revoked: revoked.map((r) => r.id) },
      },
      tx,
    )
    return created
  })
  return { url: `${origin}${feedPath(token)}`, createdAt: feed.createdAt.toISOString() }
}

async function liveFeed(ctx: SignedInContext) {
  const [feed] = await ctx.db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, ctx.actor.id), isNull(calendarFeeds.revokedAt)))
  return feed
}

export async function getCalendarFeed(ctx: SignedInContext) {
  const feed = await liveFeed(ctx)
  return { active: Boolean(feed), createdAt: feed ? feed.createdAt.toISOString() : null }
}

/** Revoking when there is no live feed is a no-op, so a retry is harmless. */
export async function revokeCalendarFeed(ctx: SignedInContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, ctx.actor.id), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id })
    for (const { id } of revoked)
      await audit(ctx, { action: 'calendar-feed.revoke', entityType: 'calendar_feed', entityId: id }, tx)
  })
}

/** The owner of a live feed token, as the actor the feed is read for. */
async function feedOwner(ctx: ServiceContext, token: string): Promise<{ feedId: string; actor: Actor }> {
  const [row] = await ctx.db
    .select({ feedId: calendarFeeds.id, user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(
      and(
        eq(calendarFeeds.tokenHash, hashOf(token)),
        isNull(calendarFeeds.revokedAt),
        eq(users.active, true),
      ),
    )
  if (!row) throw new NotFoundError('calendar feed')
  const { user } = row
  return {
    feedId: row.feedId,
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      professions: user.professions,
      organisationId: user.organisationId,
      sessionId: '',
      scope: 'full',
      partnerClient: null,
    },
  }
}

/** The feed's owner's own appointments and group sessions, 30 days back to 180 ahead, as iCalendar. */
export async function readCalendarFeed(publicCtx: ServiceContext, token: string): Promise<string> {
  const { feedId, actor } = await feedOwner(publicCtx, token)
  const ctx: SignedInContext = { ...publicCtx, actor }
  const now = Date.now()
  const events = await calendarEvents(ctx.db, actor, {
    scope: { specialistId: actor.id },
    from: new Date(now - FEED_PAST_DAYS * DAY_MS),
    to: new Date(now + FEED_FUTURE_DAYS * DAY_MS),
    includeCancelled: true,
  })
  const siteIds = [...new Set(events.flatMap((e) => (e.siteId ? [e.siteId] : [])))]
  const siteNames = new Map(
    siteIds.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: sites.id, name: sites.name })
            .from(sites)
            .where(inArray(sites.id, siteIds))
        ).map((s) => [s.id, s.name] as const),
  )
  await audit(ctx, {
    action: 'calendar-feed.read',
    entityType: 'calendar_feed',
    entityId: feedId,
    details: {
      appointments: events.filter((e) => e.kind === 'appointment').map((e) => e.id),
      groupSessions: events.filter((e) => e.kind === 'group_session').length,
    },
  })
  return renderICalendar(events, siteNames)
}
