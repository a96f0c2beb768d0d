import { isListRead } from '@onestop/contracts'
import type { NamedEntry } from './named-entries.js'

/**
 * A page view asks for its lists within a second or two; a pause longer than this between two list reads
 * of one actor is taken as a new page view.
 */
export const FOLD_GAP_MS = 10_000
/** Keeps one line, and the response, bounded when a script reads lists without pause. */
export const FOLD_MAX_ENTRIES = 50

export interface AuditLine {
  head: NamedEntry
  folded: NamedEntry[]
}

const foldable = (entry: NamedEntry) =>
  entry.actorId !== null && entry.outcome === 'success' && isListRead(entry.action)

/** The row that closes the line: the next page starts after it. */
export const lastOf = (line: AuditLine): NamedEntry => line.folded.at(-1) ?? line.head

/** Whether `older`, the row right after `line` in the newest-first log, joins that line. */
export function joinsLine(line: AuditLine, older: NamedEntry): boolean {
  return (
    foldable(line.head) &&
    foldable(older) &&
    older.actorId === line.head.actorId &&
    lastOf(line).at.getTime() - older.at.getTime() <= FOLD_GAP_MS &&
    line.folded.length + 1 < FOLD_MAX_ENTRIES
  )
}
