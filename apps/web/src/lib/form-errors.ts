import { isApiError } from './api-error'
import { fieldErrorMessage } from './problem-message'

/**
 * Maps the server's field errors (JSON pointers such as `/email` or `/roles/0`) onto form paths
 * (`email`, `roles`), each in the reader's language. Returns null when the error names no field the form knows.
 */
export const formErrorsFrom = (error: unknown, fields: readonly string[]): Record<string, string> | null => {
  if (!isApiError(error) || error.fieldErrors.length === 0) return null
  const result: Record<string, string> = {}
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.pointer
      .split('/')
      .filter(Boolean)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))[0]
    if (field && fields.includes(field) && !result[field]) result[field] = fieldErrorMessage(fieldError)
  }
  return Object.keys(result).length > 0 ? result : null
}

interface FormLike {
  values: object
  setErrors: (errors: Record<string, string>) => void
}

/** Puts the server's field errors on the form's fields; returns whether any field got one. */
export const applyFormErrors = (form: FormLike, error: unknown): boolean => {
  const errors = formErrorsFrom(error, Object.keys(form.values))
  if (errors) form.setErrors(errors)
  return errors !== null
}
