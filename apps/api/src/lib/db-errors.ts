/** An error and the causes a driver or drizzle wrapped it in, outermost first. */
function* causeChain(error: unknown): Generator<object> {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    yield e
    e = 'cause' in e ? e.cause : undefined
  }
}

/** The SQLSTATE of a PostgreSQL error, also when a driver or drizzle wrapped it. */
export function sqlState(error: unknown): string | undefined {
  for (const e of causeChain(error))
    if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
  return undefined
}

/** The name of the constraint a PostgreSQL error reports, also when only its message names it. */
export function violatedConstraint(error: unknown): string | undefined {
  for (const e of causeChain(error)) {
    if ('constraint' in e && typeof e.constraint === 'string') return e.constraint
    if ('message' in e && typeof e.message === 'string') {
      const named = /(?:exclusion|unique) constraint "([^"]+)"/.exec(e.message)?.[1]
      if (named) return named
    }
  }
  return undefined
}

export const UNIQUE_VIOLATION = '23505'
const INSUFFICIENT_PRIVILEGE = '42501'

/**
 * A write that row-level security refused: what the caller was changing stopped being theirs to see while the
 * request ran (a partnership ended, consent was withdrawn). A missing grant is the same SQLSTATE with another
 * message, and stays a server error.
 */
export function isRowSecurityRefusal(error: unknown): boolean {
  if (sqlState(error) !== INSUFFICIENT_PRIVILEGE) return false
  for (const e of causeChain(error))
    if ('message' in e && typeof e.message === 'string' && e.message.includes('row-level security policy'))
      return true
  return false
}
export const EXCLUSION_VIOLATION = '23P01'

const NETWORK_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/
/** Admin shutdown, crash shutdown, cannot connect now, too many connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300'])

/** What node-postgres and its pool throw when no connection could be had or it was lost. */
const CONNECTION_FAILURE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect$|Client (has encountered a connection error|was closed) and is not queryable$|Cannot use a pool after calling end on the pool$)/

/**
 * Whether the database could not be reached, rather than refused the statement: the request may be
 * retried as it is once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causeChain(error)) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : ''
    if (NETWORK_FAILURES.has(code) || UNAVAILABLE_STATES.has(code) || CONNECTION_EXCEPTION.test(code))
      return true
    // A FATAL error ends the session, e.g. a database that does not allow connections (55000).
    if ('severity' in e && (e.severity === 'FATAL' || e.severity === 'PANIC')) return true
    if ('message' in e && typeof e.message === 'string' && CONNECTION_FAILURE_MESSAGES.test(e.message))
      return true
  }
  return false
}
