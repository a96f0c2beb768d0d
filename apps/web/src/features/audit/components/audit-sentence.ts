import type { AuditEntry, FoldedAuditEntry } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { auditLt } from '../../../lib/i18n/audit-lt'

type Entry = Static<typeof AuditEntry>
type Folded = Static<typeof FoldedAuditEntry>

/** Kinds of subject the API names (a reference or a name); others are told by their kind alone. */
const NAMED = new Set(['family', 'person', 'user', 'site', 'room'])
const KINDS = new Set(Object.keys(auditLt.subjects))
const AREAS = new Set(Object.keys(auditLt.areas))

/** The subject as the object of a verb and after "of", in the reader's language. */
function subjectOf(t: TFunction, entry: Folded) {
  const form = (kind: string, label: string | null = null) => ({
    object: t(`audit.subjects.${kind}.object`, { label }),
    of: t(`audit.subjects.${kind}.of`, { label }),
  })
  const kind = entry.entityType
  // A named kind without a name is a record the reader may no longer see: shown by its id.
  if (kind && NAMED.has(kind) && entry.subjectLabel) return form(kind, entry.subjectLabel)
  if (kind && KINDS.has(kind) && !NAMED.has(kind)) return form(kind)
  return entry.entityId ? form('unnamed', entry.entityId) : form('none')
}

/** A list read named by its area, and by its family or other subject when it has one. */
function listOf(t: TFunction, entry: Folded): string {
  const prefix = entry.action.slice(0, entry.action.indexOf('.'))
  const area = AREAS.has(prefix) ? t(`audit.areas.${prefix}`) : entry.action
  return entry.entityId
    ? t('audit.listOf', { area, of: subjectOf(t, entry).of })
    : t('audit.listAlone', { area })
}

function deedOf(t: TFunction, entry: Folded): string {
  const verb = entry.action.slice(entry.action.lastIndexOf('.') + 1)
  return t([`audit.deeds.${entry.action}`, `audit.deeds.${verb}`, 'audit.deeds.other'], {
    ...subjectOf(t, entry),
    list: listOf(t, entry),
    action: entry.action,
  })
}

export const actorOf = (t: TFunction, entry: Entry): string =>
  entry.actorName ?? entry.actorLabel ?? t('audit.system')

/** "Jurgita Petraitienė read family F-2026-0001", or one line for a page view's list reads. */
export function auditSentence(t: TFunction, entry: Entry): string {
  const actor = actorOf(t, entry)
  if (entry.folded.length === 0) return t('audit.sentence', { actor, deed: deedOf(t, entry) })
  const lists = [...new Set([entry, ...entry.folded].map((read) => listOf(t, read)))]
  return t('audit.folded', { actor, count: entry.folded.length + 1, lists: lists.join(', ') })
}

/** One folded entry on its own line, without the actor: "viewed the list “Case notes” (family F-2026-0001)". */
export const foldedDeed = deedOf

export const useAuditSentence = () => {
  const { t } = useTranslation()
  return (entry: Entry) => auditSentence(t, entry)
}
