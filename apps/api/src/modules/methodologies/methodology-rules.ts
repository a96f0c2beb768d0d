import type { EnrolmentRules } from '@onestop/contracts'
import { BadRequestError, type InvalidField } from '../../lib/errors.js'

interface InstrumentInput {
  id?: string
  name: string
  scoreMin: number
  scoreMax: number
}

const RANGES = ['participantChildAge', 'parentOfChildAged'] as const

/** Ranges the schema cannot see upside down: couples and ages. */
function enrolmentRuleErrors(rules: EnrolmentRules): InvalidField[] {
  const errors: InvalidField[] = []
  const { minCouples, maxCouples } = rules.couples ?? {}
  if (minCouples !== undefined && maxCouples !== undefined && maxCouples < minCouples)
    errors.push({
      pointer: '/enrolmentRules/couples/maxCouples',
      code: 'too-small',
      params: { limit: minCouples },
    })
  for (const name of RANGES) {
    const range = rules[name]
    if (range && range.maxYears < range.minYears)
      errors.push({
        pointer: `/enrolmentRules/${name}/maxYears`,
        code: 'too-small',
        params: { limit: range.minYears },
      })
  }
  return errors
}

/** Each instrument's range runs upwards, and no two share a name (ids, when given, are not repeated). */
function instrumentErrors(instruments: readonly InstrumentInput[]): InvalidField[] {
  const errors: InvalidField[] = []
  const names = new Set<string>()
  const ids = new Set<string>()
  instruments.forEach((instrument, i) => {
    if (instrument.scoreMax <= instrument.scoreMin)
      errors.push({
        pointer: `/outcomeInstruments/${i}/scoreMax`,
        code: 'end-before-start',
        params: { start: 'scoreMin' },
      })
    const name = instrument.name.trim().toLowerCase()
    if (names.has(name)) errors.push({ pointer: `/outcomeInstruments/${i}/name`, code: 'listed-twice' })
    names.add(name)
    if (instrument.id !== undefined && ids.has(instrument.id))
      errors.push({ pointer: `/outcomeInstruments/${i}/id`, code: 'listed-twice' })
    if (instrument.id !== undefined) ids.add(instrument.id)
  })
  return errors
}

/** Refuses with one 400 naming every field whose value contradicts another. */
export function assertMethodologyBody(body: {
  enrolmentRules?: EnrolmentRules
  outcomeInstruments?: readonly InstrumentInput[]
}): void {
  const errors = [
    ...(body.enrolmentRules ? enrolmentRuleErrors(body.enrolmentRules) : []),
    ...(body.outcomeInstruments ? instrumentErrors(body.outcomeInstruments) : []),
  ]
  if (errors.length > 0)
    throw new BadRequestError(
      `The methodology has ${errors.length} field(s) that contradict another.`,
      errors,
    )
}
