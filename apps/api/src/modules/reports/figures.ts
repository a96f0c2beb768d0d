import { sql } from 'drizzle-orm'

export interface StatusCounts extends Record<string, unknown> {
  total: number
  completed: number
  noShow: number
  cancelled: number
}

/** Counts by status of the appointments aliased `a`, for a select list. */
export const STATUS_COUNTS = sql`count(*)::int as "total",
  (count(*) filter (where a.status = 'completed'))::int as "completed",
  (count(*) filter (where a.status = 'no_show'))::int as "noShow",
  (count(*) filter (where a.status = 'cancelled'))::int as "cancelled"`

const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000

/** No-shows among the appointments that were due and closed; cancellations among all. */
export const withRates = ({ total, completed, noShow, cancelled }: StatusCounts) => ({
  total,
  completed,
  noShow,
  cancelled,
  noShowRate: rate(noShow, completed + noShow),
  cancellationRate: rate(cancelled, total),
})
