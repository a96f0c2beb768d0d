import { OUTCOME_PHASES, type OutcomePhase } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { groupRuns } from './groups.js'
import { outcomeInstruments } from './methodologies.js'
import { persons } from './persons.js'
import { users } from './users.js'

/**
 * A participant's score on one of the run's methodology's instruments, at the start or the end of the run.
 * The row keeps a copy of the instrument's range, bound to it by a foreign key that follows a change of the
 * range: the check constraint then holds every score within the instrument's current range, and narrowing a
 * range past a recorded score is refused by the database.
 */
export const outcomeMeasurements = pgTable(
  'outcome_measurements',
  {
    id: id(),
    runId: uuid('run_id')
      .notNull()
      .references(() => groupRuns.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    instrumentId: uuid('instrument_id').notNull(),
    phase: text('phase').$type<OutcomePhase>().notNull(),
    score: doublePrecision('score').notNull(),
    scoreMin: doublePrecision('score_min').notNull(),
    scoreMax: doublePrecision('score_max').notNull(),
    measuredOn: date('measured_on').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    unique('outcome_measurements_phase_key').on(t.runId, t.personId, t.instrumentId, t.phase),
    index('outcome_measurements_instrument_idx').on(t.instrumentId),
    foreignKey({
      name: 'outcome_measurements_instrument_range_fk',
      columns: [t.instrumentId, t.scoreMin, t.scoreMax],
      foreignColumns: [outcomeInstruments.id, outcomeInstruments.scoreMin, outcomeInstruments.scoreMax],
    }).onUpdate('cascade'),
    check('outcome_measurements_phase_check', sql`${t.phase} in (${sqlTextList(OUTCOME_PHASES)})`),
    check('outcome_measurements_score_check', sql`${t.score} between ${t.scoreMin} and ${t.scoreMax}`),
  ],
)
