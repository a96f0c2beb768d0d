import { sql } from 'drizzle-orm'
import type { Actor } from '../lib/context.js'
import { sqlState } from '../lib/db-errors.js'
import type { Database } from './client.js'

/** The role every signed-in request runs as; row-level security (migration 0016) binds it. */
export const SCOPED_ROLE = 'onestop_app'

/**
 * Runs a signed-in request's work in one transaction as `onestop_app`, with the caller's organisation and
 * user set for that transaction only, so every query sees just what row-level security lets the caller see.
 * A refusal (a typed error) commits what was written before it, such as its audit entry, as separate
 * statements did before; a database error rolls everything back.
 */
export async function inOrganisationScope<T>(
  db: Database,
  actor: Pick<Actor, 'id' | 'organisationId'>,
  work: (scoped: Database) => Promise<T>,
): Promise<T> {
  let refusal: { error: unknown } | undefined
  try {
    const result = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${SCOPED_ROLE}, true),
        set_config('app.organisation_id', ${actor.organisationId}, true),
        set_config('app.user_id', ${actor.id}, true)`)
      try {
        return await work(tx)
      } catch (error) {
        if (sqlState(error) !== undefined) throw error
        refusal = { error }
        return undefined
      }
    })
    if (refusal) throw refusal.error
    return result as T
  } catch (error) {
    throw refusal ? refusal.error : error
  }
}
