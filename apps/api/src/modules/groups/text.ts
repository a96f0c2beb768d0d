import { BadRequestError } from '../../lib/errors.js'

/** Free text trimmed; blank text is refused, naming the field. */
export function nonBlank(text: string, pointer: string): string {
  const trimmed = text.trim()
  if (trimmed === '') throw new BadRequestError('Text may not be blank.', [{ pointer, code: 'blank-text' }])
  return trimmed
}
