import { PreconditionFailedError, PreconditionRequiredError } from './errors.js'

export const etagOf = (version: number): string => `"${version}"`

/**
 * The version an `If-Match` header names: 428 when it is missing, 412 when it names no version. If-Match
 * compares strongly (RFC 9110), so a weak tag never matches.
 */
export function versionFromIfMatch(ifMatch: string | undefined, entity: string): number {
  if (!ifMatch) throw new PreconditionRequiredError()
  const match = /^"(\d{1,9})"$/.exec(ifMatch.trim())
  if (!match?.[1]) throw new PreconditionFailedError(entity)
  return Number(match[1])
}
