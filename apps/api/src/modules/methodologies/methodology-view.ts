import type { Methodology, OutcomeInstrument } from '@onestop/contracts'
import type { methodologies, outcomeInstruments } from '../../db/schema/index.js'

export type MethodologyRow = typeof methodologies.$inferSelect
export type InstrumentRow = typeof outcomeInstruments.$inferSelect

const toInstrument = (row: InstrumentRow): OutcomeInstrument => ({
  id: row.id,
  name: row.name,
  scoreMin: row.scoreMin,
  scoreMax: row.scoreMax,
  higherIsBetter: row.higherIsBetter,
})

/** An instrument as outcome reports name it. */
export const instrumentFields = (row: InstrumentRow) => ({
  instrumentId: row.id,
  name: row.name,
  scoreMin: row.scoreMin,
  scoreMax: row.scoreMax,
  higherIsBetter: row.higherIsBetter,
})

/** A methodology with its instruments, taken from rows of several methodologies' instruments. */
export const toMethodology = (row: MethodologyRow, instrumentRows: InstrumentRow[]): Methodology => ({
  id: row.id,
  organisationId: row.organisationId,
  name: row.name,
  shortDescription: row.shortDescription,
  targetGroup: row.targetGroup,
  format: row.format,
  sessionCount: row.sessionCount,
  sessionMinutes: row.sessionMinutes,
  maxGroupSize: row.maxGroupSize,
  facilitatorsPerGroup: row.facilitatorsPerGroup,
  certificationPath: row.certificationPath,
  certificationValidityMonths: row.certificationValidityMonths,
  completionShare: row.completionShare,
  enrolmentRules: row.enrolmentRules,
  outcomeInstruments: instrumentRows.filter((i) => i.methodologyId === row.id).map(toInstrument),
  active: row.active,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
