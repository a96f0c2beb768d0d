import { isMunicipality } from '@onestop/contracts'
import { BadRequestError } from '../../lib/errors.js'

/**
 * The municipality to store: one of Lithuania's municipalities by its official name, or any text the
 * caller marked as other. Refuses a short form ("Vilniaus m.") or a typo sent as if it were on the list.
 */
export function checkedMunicipality(body: { municipality: string; municipalityOther?: boolean }): string
export function checkedMunicipality(body: {
  municipality?: string
  municipalityOther?: boolean
}): string | undefined
export function checkedMunicipality(body: { municipality?: string; municipalityOther?: boolean }) {
  if (body.municipality === undefined) {
    if (body.municipalityOther !== undefined)
      throw new BadRequestError('municipalityOther only goes with a municipality.', [
        { pointer: '/municipalityOther', code: 'needs-municipality' },
      ])
    return undefined
  }
  const municipality = body.municipality.trim()
  if (!body.municipalityOther && !isMunicipality(municipality))
    throw new BadRequestError(
      'The municipality is not one of Lithuania’s municipalities by its official name; send municipalityOther: true for another place.',
      [{ pointer: '/municipality', code: 'unknown-municipality' }],
    )
  return municipality
}
