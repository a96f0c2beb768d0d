import type { CreateMethodologyBody, UpdateMethodologyBody } from '@onestop/contracts'
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { outcomeInstruments } from '../../db/schema/index.js'
import { violatedConstraint } from '../../lib/db-errors.js'
import { BadRequestError, ConflictError } from '../../lib/errors.js'

type NewInstruments = NonNullable<Static<typeof CreateMethodologyBody>['outcomeInstruments']>
type KeptInstruments = NonNullable<Static<typeof UpdateMethodologyBody>['outcomeInstruments']>

const valuesOf = (instrument: NewInstruments[number]) => ({
  name: instrument.name.trim(),
  scoreMin: instrument.scoreMin,
  scoreMax: instrument.scoreMax,
  higherIsBetter: instrument.higherIsBetter,
})

export async function instrumentsOf(db: Database, methodologyIds: string[]) {
  if (methodologyIds.length === 0) return []
  return db
    .select()
    .from(outcomeInstruments)
    .where(inArray(outcomeInstruments.methodologyId, methodologyIds))
    .orderBy(asc(outcomeInstruments.name), asc(outcomeInstruments.id))
}

export async function addInstruments(db: Database, methodologyId: string, instruments: NewInstruments) {
  if (instruments.length === 0) return
  await db.insert(outcomeInstruments).values(instruments.map((i) => ({ methodologyId, ...valuesOf(i) })))
}

/** Makes the list the methodology's: listed ids kept and changed, new ones added, the rest removed. */
export async function replaceInstruments(db: Database, methodologyId: string, instruments: KeptInstruments) {
  const existing = new Set((await instrumentsOf(db, [methodologyId])).map((i) => i.id))
  const foreign = instruments.findIndex((i) => i.id !== undefined && !existing.has(i.id))
  if (foreign >= 0)
    throw new BadRequestError('No such outcome instrument of this methodology.', [
      { pointer: `/outcomeInstruments/${foreign}/id`, code: 'invalid' },
    ])
  const kept = instruments.flatMap((i) => (i.id === undefined ? [] : [i.id]))
  await db
    .delete(outcomeInstruments)
    .where(
      and(
        eq(outcomeInstruments.methodologyId, methodologyId),
        kept.length > 0 ? notInArray(outcomeInstruments.id, kept) : undefined,
      ),
    )
  for (const instrument of instruments.filter((i) => i.id !== undefined))
    await db
      .update(outcomeInstruments)
      .set({ ...valuesOf(instrument), updatedAt: sql`now()` })
      .where(eq(outcomeInstruments.id, instrument.id ?? ''))
  await addInstruments(
    db,
    methodologyId,
    instruments.filter((i) => i.id === undefined),
  )
}

/** The constraints that keep recorded scores: of an instrument removed, or within a range narrowed. */
const KEEPING_SCORES = ['outcome_measurements_instrument_range_fk', 'outcome_measurements_score_check']

/** The database's refusal to lose or strand a recorded score, as a 409; other errors as they are. */
export function instrumentInUse(error: unknown): unknown {
  if (!KEEPING_SCORES.includes(violatedConstraint(error) ?? '')) return error
  return new ConflictError(
    'Scores are recorded on an outcome instrument this change removes, or outside the range it narrows to.',
    'instrument-in-use',
  )
}
