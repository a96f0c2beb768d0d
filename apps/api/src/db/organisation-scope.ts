import { sql } from 'drizzle-orm'
import type { Actor } from '../lib/context.js'
import { sqlState } from '../lib/db-errors.js'
import { AppError } from '../lib/errors.js'
import type { Database } from './client.js'

/** The role every signed-in request runs as; row-level security (migration 0016) binds it. */
export const SCOPED_ROLE = 'onestop_app'

/**
 * Runs a signed-in request's work in one transaction as `onestop_app`, with the caller's organisation and
 * user set for that transaction only, so every query sees just what row-level security lets the caller see.
 * A partner's API client also sets the issuing centre as the organisation whose data it reads, so the
 * centre sees in its audit log what the client read.
 * A refusal (a typed error) commits what was written before it, such as its audit entry, as separate
 * statements did before, unless it undoes writes; a database error rolls everything back.
 *
 * A `read` sees one snapshot throughout (repeatable read): access that ends while it runs (consent
 * withdrawn, a partnership ended) cannot hide from its later queries what its first query let it see.
 * Writes keep read committed, so a concurrent change shows as a version mismatch, not a serialization
 * failure.
 *
 * A partner's API client acts as its municipality, but the data it sends and follows belongs to the centre
 * that issued it: its audit entries name that centre as the data's owner, so the centre sees every call.
 */
export async function inOrganisationScope<T>(
  db: Database,
  actor: Pick<Actor, 'id' | 'organisationId'> & Partial<Pick<Actor, 'partnerClient'>>,
  work: (scoped: Database) => Promise<T>,
  kind: 'read' | 'write' = 'write',
): Promise<T> {
  let refusal: { error: unknown } | undefined
  try {
    const result = await db.transaction(
      async (tx) => {
        await tx.execute(sql`select set_config('role', ${SCOPED_ROLE}, true),
        set_config('app.organisation_id', ${actor.organisationId}, true),
        set_config('app.user_id', ${actor.id}, true),
        set_config('app.data_organisation_id', ${actor.partnerClient?.organisationId ?? ''}, true)`)
        try {
          return await work(tx)
        } catch (error) {
          if (sqlState(error) !== undefined || (error instanceof AppError && error.undoesWrites)) throw error
          refusal = { error }
          return undefined
        }
      },
      kind === 'read' ? { isolationLevel: 'repeatable read' } : undefined,
    )
    if (refusal) throw refusal.error
    return result as T
  } catch (error) {
    throw refusal ? refusal.error : error
  }
}
