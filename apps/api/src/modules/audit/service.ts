import type { ListAuditQuery } from '@onestop/contracts'
import { and } from 'drizzle-orm'
import type { Static } from 'typebox'
import { auditLog } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { type Cursor, decodeCursor, encodeCursor, pastTimeCursor } from '../../lib/cursor.js'
import { auditConditions } from './filters.js'
import { type AuditLine, joinsLine, lastOf } from './fold.js'
import { type NamedEntry, namedEntries } from './named-entries.js'

const cursorOf = (row: NamedEntry): Cursor => ({ k: row.at.toISOString(), id: row.id })

/**
 * Reads the log newest first in batches and folds each run of list reads into one line, until the page
 * has `limit` whole lines: a line never straddles two pages, so the cursor is the last row of the last line.
 */
async function readLines(
  ctx: SignedInContext,
  conditions: ReturnType<typeof and>[],
  limit: number,
  from?: Cursor,
) {
  const batch = limit * 2 + 1
  const lines: AuditLine[] = []
  let after = from
  for (;;) {
    const rows = await namedEntries(
      ctx,
      and(...conditions, pastTimeCursor(auditLog.at, auditLog.id, after, 'desc')),
      batch,
    )
    for (const row of rows) {
      const line = lines.at(-1)
      if (line && joinsLine(line, row)) line.folded.push(row)
      else if (lines.length === limit) return { lines, more: true }
      else lines.push({ head: row, folded: [] })
    }
    const last = rows.at(-1)
    if (rows.length < batch || !last) return { lines, more: false }
    after = cursorOf(last)
  }
}

const toFolded = (row: NamedEntry) => ({
  id: row.id,
  at: row.at.toISOString(),
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  subjectLabel: row.subjectLabel,
  requestId: row.requestId,
  details: row.details,
})

const toEntry = ({ head, folded }: AuditLine) => ({
  ...toFolded(head),
  actorId: head.actorId,
  actorLabel: head.actorLabel,
  actorName: head.actorName,
  actorOrganisationId: head.organisationId,
  dataOrganisationId: head.dataOrganisationId,
  outcome: head.outcome,
  ip: head.ip,
  folded: folded.map(toFolded),
})

export async function listAuditEntries(ctx: SignedInContext, query: Static<typeof ListAuditQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions = await auditConditions(ctx, query)
  const { lines, more } = await readLines(ctx, conditions, limit, cursor)
  await audit(ctx, {
    action: 'audit.search',
    entityType: 'audit_log',
    details: { filters: { ...query, cursor: undefined } },
  })
  const last = lines.at(-1)
  return {
    items: lines.map(toEntry),
    nextCursor: more && last ? encodeCursor(cursorOf(lastOf(last))) : null,
  }
}
