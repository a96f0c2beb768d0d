import type { UseFormReturnType } from '@mantine/form'
import { useEffect, useRef, useState } from 'react'
import { useSession } from './session-store'

const SAVE_AFTER_MS = 600

interface StoredDraft {
  savedAt: string
  values: unknown
}

const storageKey = (userId: string, draftKey: string) => `onestop.draft.${userId}.${draftKey}`

const read = (key: string): StoredDraft | null => {
  try {
    const raw = localStorage.getItem(key)
    const parsed: unknown = raw ? JSON.parse(raw) : null
    return typeof parsed === 'object' && parsed !== null && 'savedAt' in parsed && 'values' in parsed
      ? (parsed as StoredDraft)
      : null
  } catch {
    return null
  }
}

const write = (key: string, values: unknown) => {
  try {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }))
  } catch {
    // Storage may be full or unavailable (private mode): the form still works, only without a draft.
  }
}

const remove = (key: string) => {
  try {
    localStorage.removeItem(key)
  } catch {
    // As above: nothing stored, nothing to remove.
  }
}

export interface FormDraft {
  /** When the draft shown was saved (ISO), or null when the form did not start from a draft. */
  restoredAt: string | null
  discard: () => void
  clear: () => void
}

/**
 * Keeps what is typed into `form` in this browser until it is saved: written a moment after each change,
 * per signed-in user and `draftKey`, and put back into the form when it opens again. `toDraft` leaves out
 * what must never be stored in plain localStorage (personal codes).
 */
export const useFormDraft = <Values extends object>(
  form: UseFormReturnType<Values>,
  draftKey: string | undefined,
  toDraft: (values: Values) => Values = (values) => values,
): FormDraft => {
  const session = useSession()
  const key = session.status === 'signed-in' && draftKey ? storageKey(session.user.id, draftKey) : null
  // Read during the first render, so the draft is found before any effect could overwrite it.
  const [draft, setDraft] = useState(() => (key ? read(key) : null))
  const pending = useRef<(() => void) | null>(null)
  const flush = () => {
    pending.current?.()
    pending.current = null
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: restores once, when the form opens.
  useEffect(() => {
    if (draft) form.setValues(draft.values as Partial<Values>)
  }, [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: saves exactly when the values change.
  useEffect(() => {
    if (!key) return
    const values = form.getValues()
    pending.current = form.isDirty() ? () => write(key, toDraft(values)) : () => remove(key)
    const timer = setTimeout(flush, SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [key, form.values])

  // What was typed just before the form closed is kept too, also when the page itself goes (a reload or a
  // closed tab unmounts nothing, and may come sooner than the save after typing).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount and unmount only.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [])

  const clear = () => {
    pending.current = null
    if (key) remove(key)
    setDraft(null)
  }
  return {
    restoredAt: draft?.savedAt ?? null,
    clear,
    discard: () => {
      clear()
      form.reset()
    },
  }
}
