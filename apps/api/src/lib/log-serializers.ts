import { DrizzleQueryError } from 'drizzle-orm'
import pino from 'pino'

/** Where a PostgreSQL error arose; its `detail`, `where` and `hint` may quote the row ("Failing row contains …"). */
const LOCATION_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine']

/** Data exceptions (22…) and PL/pgSQL raises (P0…) may quote the offending value in their message. */
const VALUE_QUOTING_STATES = /^(22|P0)/

type Fields = Record<string, unknown>

const isDatabaseError = (error: Error): error is Error & { code: string } =>
  'severity' in error && 'code' in error && typeof error.code === 'string'

const pick = (source: object, keys: readonly string[]): Fields =>
  Object.fromEntries(
    keys.flatMap((key) => {
      const value = (source as Fields)[key]
      return value === undefined ? [] : [[key, value]]
    }),
  )

/** The fields and message a database error may be logged with, or undefined for any other error. */
function loggable(error: Error): { message: string; fields: Fields } | undefined {
  if (error instanceof DrizzleQueryError)
    return {
      message: `Failed query: ${error.query}`,
      fields: { query: error.query, ...(error.cause ? pick(error.cause, LOCATION_FIELDS) : {}) },
    }
  if (isDatabaseError(error))
    return {
      message: VALUE_QUOTING_STATES.test(error.code)
        ? `SQLSTATE ${error.code} (its message may quote values, so it is not logged)`
        : error.message,
      fields: pick(error, LOCATION_FIELDS),
    }
  return undefined
}

/** The same stack with the message replaced: a stack starts by repeating the message. */
const restack = (error: Error, message: string): string => {
  const stack = error.stack ?? ''
  const frames = stack.indexOf('\n    at ')
  return `${error.name}: ${message}${frames >= 0 ? stack.slice(frames) : ''}`
}

/** A copy of an error and its causes without statement parameters or row values; the same error if it has none. */
function withoutValues(error: Error, depth = 0): Error {
  const cause =
    error.cause instanceof Error && depth < 4 ? withoutValues(error.cause, depth + 1) : error.cause
  const safe = loggable(error)
  if (!safe && cause === error.cause) return error
  const copy = Object.create(Object.getPrototypeOf(error)) as Error
  const { cause: _cause, ...own } = error as Error & Fields
  Object.assign(copy, safe ? safe.fields : own, {
    message: safe?.message ?? error.message,
    stack: restack(error, safe?.message ?? error.message),
    cause,
  })
  return copy
}

/** pino's error serializer, fed errors whose database parts carry no personal data. */
export const serializeError = (error: Error): pino.SerializedError =>
  // Loggers are handed anything under `err`; only errors have database parts to drop.
  pino.stdSerializers.err(error instanceof Error ? withoutValues(error) : error)

/** The serializers of every logger the API creates. */
export const LOG_SERIALIZERS = { err: serializeError }
