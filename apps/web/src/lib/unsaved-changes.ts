import { createContext, useContext, useEffect, useId, useSyncExternalStore } from 'react'

/** The ids of open forms with changes not yet saved. */
const createDirtySet = () => {
  const ids = new Set<string>()
  return {
    has: () => ids.size > 0,
    mark: (id: string, dirty: boolean) => {
      if (dirty) ids.add(id)
      else ids.delete(id)
    },
  }
}

export type DirtyScope = ReturnType<typeof createDirtySet>
export const createDirtyScope = createDirtySet

const everywhere = createDirtySet()
let question: ((leave: boolean) => void) | null = null
const listeners = new Set<() => void>()
const emit = () => {
  for (const listener of listeners) listener()
}

/**
 * Which forms hold changes not yet saved, and the one pending "leave without saving?" question. A dialog
 * keeps a scope of its own, so that closing it asks only about the forms inside it.
 */
export const unsavedChanges = {
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  any: (): boolean => everywhere.has(),
  mark: (id: string, dirty: boolean, scope: DirtyScope | null) => {
    const before = everywhere.has()
    everywhere.mark(id, dirty)
    scope?.mark(id, dirty)
    if (before !== everywhere.has()) emit()
  },
  /** Resolves true when the user chose to leave; at once when nothing is `dirty`. */
  askToLeave: (dirty = everywhere.has()): Promise<boolean> => {
    if (!dirty) return Promise.resolve(true)
    question?.(false)
    return new Promise<boolean>((resolve) => {
      question = (leave) => {
        question = null
        resolve(leave)
        emit()
      }
      emit()
    })
  },
  question: () => question,
}

const ScopeContext = createContext<DirtyScope | null>(null)
export const DirtyScopeProvider = ScopeContext.Provider

/** Counts this form as holding unsaved changes while `dirty`; `release` is for just after saving. */
export const useUnsavedChanges = (dirty: boolean) => {
  const id = useId()
  const scope = useContext(ScopeContext)
  useEffect(() => {
    unsavedChanges.mark(id, dirty, scope)
    return () => unsavedChanges.mark(id, false, scope)
  }, [id, dirty, scope])
  return { release: () => unsavedChanges.mark(id, false, scope) }
}

export const useAnyUnsavedChanges = (): boolean =>
  useSyncExternalStore(unsavedChanges.subscribe, unsavedChanges.any, unsavedChanges.any)

export const useLeaveQuestion = () =>
  useSyncExternalStore(unsavedChanges.subscribe, unsavedChanges.question, unsavedChanges.question)
