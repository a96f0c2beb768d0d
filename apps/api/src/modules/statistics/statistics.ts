import {
  REFERRAL_STATUSES,
  type ReferralStatus,
  STATISTICS_MIN_COUNT,
  type Statistics,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ForbiddenError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { type MonthPeriod, monthsOf } from './period.js'

/** A count as published: null and suppressed below the minimum, whatever the database said. */
const cell = (count: number | null | undefined) =>
  count != null && count >= STATISTICS_MIN_COUNT
    ? { count, suppressed: false }
    : { count: null, suppressed: true }

type Counted = { month: string; count: number | null }

/**
 * Statistics for the caller's municipality about the centre that issued its API client. The counting
 * functions (migration 0034) see past row-level security and already withhold small counts; this lays
 * out the full grid, so an absent row never tells a zero from a small count.
 */
export async function getStatistics(ctx: SignedInContext, period: MonthPeriod): Promise<Statistics> {
  const centreId = ctx.actor.partnerClient?.organisationId
  if (!centreId) throw new ForbiddenError('This operation is for partner API clients.')
  const municipalityId = ctx.actor.organisationId
  const args = sql`${centreId}::uuid, ${municipalityId}::uuid, ${`${period.from}-01`}::date, ${`${period.to}-01`}::date`
  const month = sql`to_char(month, 'YYYY-MM') as month`

  const referrals = await queryRows<Counted & { status: ReferralStatus }>(
    ctx.db,
    sql`select ${month}, status, count from app_statistics_referrals(${args})`,
  )
  const served = await queryRows<Counted>(
    ctx.db,
    sql`select ${month}, count from app_statistics_families_served(${args})`,
  )
  const delivered = await queryRows<
    Counted & { serviceId: string; code: string; nameLt: string; nameEn: string }
  >(
    ctx.db,
    sql`select service_id as "serviceId", code, name_lt as "nameLt", name_en as "nameEn", ${month}, count
      from app_statistics_services_delivered(${args}) order by code, service_id`,
  )

  const months = monthsOf(period)
  const referralCount = new Map(referrals.map((r) => [`${r.month} ${r.status}`, r.count]))
  const servedCount = new Map(served.map((r) => [r.month, r.count]))
  const services = new Map<
    string,
    { service: Statistics['servicesDelivered'][number]['service']; counts: Map<string, number | null> }
  >()
  for (const row of delivered) {
    if (row.count == null) continue
    const entry = services.get(row.serviceId) ?? {
      service: { id: row.serviceId, code: row.code, nameLt: row.nameLt, nameEn: row.nameEn },
      counts: new Map(),
    }
    entry.counts.set(row.month, row.count)
    services.set(row.serviceId, entry)
  }

  await audit(ctx, {
    action: 'statistics.read',
    entityType: 'organisation',
    entityId: centreId,
    details: { from: period.from, to: period.to },
  })

  return {
    from: period.from,
    to: period.to,
    minimumCount: STATISTICS_MIN_COUNT,
    referrals: months.flatMap((m) =>
      REFERRAL_STATUSES.map((status) => ({ month: m, status, ...cell(referralCount.get(`${m} ${status}`)) })),
    ),
    familiesServed: months.map((m) => ({ month: m, ...cell(servedCount.get(m)) })),
    servicesDelivered: [...services.values()].map(({ service, counts }) => ({
      service,
      months: months.map((m) => ({ month: m, ...cell(counts.get(m)) })),
    })),
  }
}
