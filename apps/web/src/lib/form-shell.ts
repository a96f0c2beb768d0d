import type { UseFormReturnType } from '@mantine/form'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { isApiError } from './api-error'
import { type FormDraft, useFormDraft } from './form-draft'
import { applyFormErrors } from './form-errors'
import { notifySuccess } from './notify'
import { unsavedChanges, useUnsavedChanges } from './unsaved-changes'

export interface FormShellOptions<Values extends object, Result> {
  form: UseFormReturnType<Values>
  /**
   * Sends the values, usually `mutation.mutateAsync(…)`; returns `undefined` when there is nothing to send
   * (the form then counts as done).
   */
  submit: (values: Values) => Promise<Result> | undefined
  /** Titles the refusal, naming what failed (e.g. "The service was not saved"); "Not saved" unless given. */
  problemTitle?: string
  /** Checks that need more than the form's own rules (e.g. other data); errors found stop the sending. */
  check?: (values: Values) => Record<string, string>
  /** Shown once saved; a function reads the saved record. */
  successMessage?: string | ((result: Result | undefined) => string)
  onSaved?: (result: Result | undefined) => void
  /** A form for a new record (a note, a password) starts empty again once saved, instead of keeping what was sent. */
  clearOnSave?: boolean
  /**
   * For a record sent with If-Match: reads it afresh after someone else changed it (412). The form keeps what
   * was typed; the next save sends the new version.
   */
  onReload?: () => Promise<unknown>
  /**
   * The record being edited, as form values, with its version. When a reload brings a new version, fields
   * the user has not changed take its values (so saving does not undo the other person's change), and the
   * ones they changed keep what they typed.
   */
  record?: { version: number; values: Values }
  /** Keeps a draft of what is typed, per user, e.g. `note:<familyId>`. */
  draftKey?: string
  /** What of the values a draft may hold (leaves out personal codes). */
  toDraft?: (values: Values) => Values
  /**
   * Places a refusal's field errors itself, instead of by the form's top-level fields (returns whether the
   * refusal is fully said by them); otherwise it also shows as the form's problem.
   */
  onRefused?: (error: unknown, form: UseFormReturnType<Values>) => boolean
}

export interface FormShellState<Values> {
  pending: boolean
  problemTitle: string | undefined
  /** A refusal that belongs to no field, shown above the buttons. */
  problem: unknown
  stale: boolean
  reload: (() => void) | null
  reloaded: boolean
  draft: FormDraft
  dirty: boolean
  handleSubmit: (event?: FormEvent<HTMLFormElement>) => void
  /** Leaves the form (cancel): asks first when something was typed, then `then`. */
  leave: (then: () => void) => void
  /** Sends the values without the form's own validation (for a caller that validated them itself). */
  send: (values: Values) => Promise<void>
}

/**
 * The one way a form saves: validates, sends, shows a refusal (field errors at their fields, the rest in one
 * alert), offers to reload a record someone else changed, keeps drafts and guards unsaved changes.
 */
export const useFormShell = <Values extends object, Result = unknown>({
  form,
  submit,
  successMessage,
  onSaved,
  onReload,
  draftKey,
  toDraft,
  onRefused,
  check,
  problemTitle,
  record,
  clearOnSave,
}: FormShellOptions<Values, Result>): FormShellState<Values> => {
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<unknown>(null)
  const [reloaded, setReloaded] = useState(false)
  const draft = useFormDraft(form, draftKey, toDraft)
  const dirty = form.isDirty()
  const guard = useUnsavedChanges(dirty)
  const stale = isApiError(problem) && problem.status === 412

  const blank = useRef(form.getInitialValues())
  const version = useRef(record?.version)
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebases exactly when a new version arrives.
  useEffect(() => {
    if (!record || record.version === version.current) return
    version.current = record.version
    const typed = form.getValues()
    const rebased = { ...record.values }
    for (const field of Object.keys(typed) as (keyof Values & string)[])
      if (form.isDirty(field)) rebased[field] = typed[field]
    form.setInitialValues(record.values)
    form.resetDirty(record.values)
    form.setValues(rebased)
  }, [record?.version])

  const send = async (values: Values) => {
    const errors = check?.(values) ?? {}
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors)
      return
    }
    setProblem(null)
    setReloaded(false)
    const sending = submit(values)
    if (!sending) {
      guard.release()
      onSaved?.(undefined)
      return
    }
    setPending(true)
    try {
      const result = await sending
      draft.clear()
      guard.release()
      if (clearOnSave) {
        form.setInitialValues(blank.current)
        form.reset()
      } else form.resetDirty()
      if (successMessage)
        notifySuccess(typeof successMessage === 'string' ? successMessage : successMessage(result))
      onSaved?.(result)
    } catch (error) {
      const placed = onRefused ? onRefused(error, form) : applyFormErrors(form, error)
      if (!placed) setProblem(error)
    } finally {
      setPending(false)
    }
  }

  return {
    pending,
    problemTitle,
    problem,
    stale,
    reloaded,
    draft,
    dirty,
    reload:
      stale && onReload
        ? () => {
            void onReload().then(() => {
              setProblem(null)
              setReloaded(true)
            })
          }
        : null,
    leave: (then) => {
      void unsavedChanges.askToLeave(dirty).then((leave) => {
        if (!leave) return
        guard.release()
        then()
      })
    },
    handleSubmit: form.onSubmit((values) => void send(values)),
    send,
  }
}
