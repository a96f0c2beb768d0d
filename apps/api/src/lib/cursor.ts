import { type SQL, type SQLWrapper, sql } from 'drizzle-orm'
import { BadRequestError } from './errors.js'

/** Keyset position in a list ordered by (time desc, id desc), (date asc, id asc) or (text asc, id asc). */
export interface Cursor {
  k: string
  id: string
}

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url')

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/

const KEYS = {
  text: () => true,
  time: (k: string) => ISO_TIME.test(k) && !Number.isNaN(Date.parse(k)),
  // A day that exists: 2027-02-30 would pass the pattern and fail the query.
  date: (k: string) => ISO_DATE.test(k) && new Date(`${k}T00:00:00Z`).toISOString().startsWith(k),
}

/** Reads a cursor this API gave out; `time` and `date` cursors must hold one, or the query would fail. */
export function decodeCursor(
  value: string | undefined,
  kind: keyof typeof KEYS = 'text',
): Cursor | undefined {
  if (value === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
    if (
      parsed &&
      typeof parsed === 'object' &&
      'k' in parsed &&
      'id' in parsed &&
      typeof parsed.k === 'string' &&
      typeof parsed.id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed.id) &&
      KEYS[kind](parsed.k)
    )
      return { k: parsed.k, id: parsed.id }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('The cursor is not one this API gave out.', [
    { pointer: '/querystring/cursor', code: 'invalid-cursor' },
  ])
}

/** Takes limit + 1 rows; returns the page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor) {
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null }
}

/** The rows past a time cursor in (time, id) order: `desc` for newest first, `asc` for oldest first. */
export function pastTimeCursor(
  time: SQLWrapper,
  id: SQLWrapper,
  cursor: Cursor | undefined,
  order: 'asc' | 'desc',
): SQL | undefined {
  if (!cursor) return undefined
  const position = sql`(${cursor.k}::timestamptz, ${cursor.id}::uuid)`
  return order === 'desc' ? sql`(${time}, ${id}) < ${position}` : sql`(${time}, ${id}) > ${position}`
}
