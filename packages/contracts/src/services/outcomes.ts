import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, problems, Timestamp, Uuid } from '../common.js'
import { LocalDate, StaffRef } from '../families/family.js'
import { METHODOLOGIES, MethodologyParams } from '../methodologies/methodologies.js'
import { defineRoute } from '../route.js'
import { GroupRunParams } from './groups.js'

export const OUTCOME_PHASES = ['baseline', 'end'] as const
export type OutcomePhase = (typeof OUTCOME_PHASES)[number]
export const OutcomePhaseSchema = Type.Enum([...OUTCOME_PHASES], {
  description: 'When the score was taken: at the start of the run (`baseline`) or at its end (`end`).',
  examples: ['baseline'],
})

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

const Count = (description: string, example: number) =>
  Type.Integer({ minimum: 0, description, examples: [example] })

const MeanChange = Nullable(
  Type.Number({ examples: [-4.5] }),
  'The mean of end − baseline over the participants with both scores; null when none has both.',
)

export const RunFidelity = Type.Object(
  {
    runId: Uuid,
    methodology: Type.Object(
      {
        id: Uuid,
        name: Type.String({ examples: ['Group Teen Triple P'] }),
        sessionCount: Type.Integer({ description: "The programme's number of sessions.", examples: [4] }),
        completionShare: Type.Number({
          description: "The share of the programme's sessions a participant attends to complete it.",
          examples: [0.75],
        }),
      },
      { additionalProperties: false },
    ),
    completionSessions: Type.Integer({
      description:
        "Sessions a participant attends to complete the programme: the completion share of the programme's number, rounded up.",
      examples: [3],
    }),
    sessions: Type.Object(
      {
        held: Count('Sessions delivered: attendance was taken.', 3),
        scheduled: Count('Sessions still to be held (or whose attendance is not yet taken).', 1),
        cancelled: Count('Sessions called off.', 0),
      },
      { additionalProperties: false },
    ),
    participants: Type.Array(
      Type.Object(
        {
          personId: Uuid,
          name: Type.String({ examples: ['Asta Petrauskienė'] }),
          attended: Count('Sessions the person was marked present at.', 3),
          share: Type.Number({
            description: "Sessions attended as a share of the programme's number (may exceed 1).",
            examples: [0.75],
          }),
          completed: Type.Boolean({ description: 'Attended at least `completionSessions`.' }),
        },
        { additionalProperties: false },
      ),
      { description: 'Every person enrolled (not waitlisted or withdrawn), by name.' },
    ),
    completedCount: Count('Participants who completed the programme.', 1),
  },
  { title: 'RunFidelity', additionalProperties: false },
)
export type RunFidelity = Static<typeof RunFidelity>

const PhaseScore = Nullable(
  Type.Object(
    { score: Type.Number({ examples: [18] }), measuredOn: LocalDate },
    { additionalProperties: false },
  ),
  'Null until recorded.',
)

const InstrumentFields = {
  instrumentId: Uuid,
  name: Type.String({ examples: ['SDQ – bendri sunkumai'] }),
  scoreMin: Type.Number({ examples: [0] }),
  scoreMax: Type.Number({ examples: [40] }),
  higherIsBetter: Type.Boolean({ description: 'False for a difficulties scale: a fall is an improvement.' }),
}

export const InstrumentOutcome = Type.Object(
  {
    ...InstrumentFields,
    participants: Type.Array(
      Type.Object(
        {
          personId: Uuid,
          name: Type.String({ examples: ['Asta Petrauskienė'] }),
          baseline: PhaseScore,
          end: PhaseScore,
          change: Nullable(Type.Number({ examples: [-6] }), 'end − baseline; null unless both are recorded.'),
          improved: Nullable(
            Type.Boolean(),
            'Whether the change goes the better way for this instrument; null unless both are recorded.',
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'Every person enrolled in the run, by name.' },
    ),
    meanChange: MeanChange,
    withBoth: Count('Participants with both a baseline and an end score.', 2),
    improvedCount: Count('Participants whose score changed the better way.', 2),
  },
  { title: 'InstrumentOutcome', additionalProperties: false },
)
export type InstrumentOutcome = Static<typeof InstrumentOutcome>

export const RunOutcomes = Type.Object(
  {
    runId: Uuid,
    methodology: Type.Object(
      { id: Uuid, name: Type.String({ examples: ['Group Teen Triple P'] }) },
      { additionalProperties: false },
    ),
    instruments: Type.Array(InstrumentOutcome, { description: "The methodology's instruments, by name." }),
  },
  { title: 'RunOutcomes', additionalProperties: false },
)
export type RunOutcomes = Static<typeof RunOutcomes>

export const OutcomeMeasurementParams = Type.Object(
  { runId: Uuid, personId: Uuid, instrumentId: Uuid, phase: OutcomePhaseSchema },
  { additionalProperties: false },
)

export const RecordOutcomeBody = Type.Object(
  {
    score: Type.Number({
      minimum: -10_000,
      maximum: 10_000,
      description:
        "Within the instrument's range, `scoreMin` to `scoreMax`; `measuredOn` is not in the future.",
      examples: [18],
    }),
    measuredOn: LocalDate,
  },
  { additionalProperties: false, examples: [{ score: 18, measuredOn: '2026-09-28' }] },
)
export type RecordOutcomeBody = Static<typeof RecordOutcomeBody>

export const OutcomeMeasurement = Type.Object(
  {
    runId: Uuid,
    personId: Uuid,
    instrumentId: Uuid,
    phase: OutcomePhaseSchema,
    score: Type.Number({ examples: [18] }),
    measuredOn: LocalDate,
    recordedBy: StaffRef,
    updatedAt: Timestamp,
  },
  { title: 'OutcomeMeasurement', additionalProperties: false },
)
export type OutcomeMeasurement = Static<typeof OutcomeMeasurement>

export const MethodologyOutcomes = Type.Object(
  {
    methodologyId: Uuid,
    instruments: Type.Array(
      Type.Object(
        {
          ...InstrumentFields,
          meanChange: MeanChange,
          withBoth: Count('Participants of all runs with both scores.', 9),
          runs: Type.Array(
            Type.Object(
              {
                runId: Uuid,
                title: Type.String({ examples: ['Tėvystės įgūdžių grupė, ruduo 2026'] }),
                meanChange: MeanChange,
                withBoth: Count('Participants of the run with both scores.', 5),
              },
              { additionalProperties: false },
            ),
            { description: 'Every run of the methodology, oldest first.' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: "The methodology's instruments, by name." },
    ),
  },
  { title: 'MethodologyOutcomes', additionalProperties: false },
)
export type MethodologyOutcomes = Static<typeof MethodologyOutcomes>

const tags = ['Group programmes'] as const
/** Who reads a run's participants' attendance and scores, and records scores: as who take attendance. */
const runStaff = ['case_manager', 'specialist', 'coordinator', 'admin'] as const
const RUN = '/api/v1/groups/:runId'

export const outcomeRoutes = {
  getRunFidelity: defineRoute({
    method: 'GET',
    path: `${RUN}/fidelity`,
    operationId: 'getRunFidelity',
    problems: ['run-without-methodology'],
    summary: "A run's fidelity to its methodology",
    description:
      "Sessions held against the programme's number, and each participant's attendance: a participant completed the programme when present at its completion share of the programme's sessions (rounded up). For the run's facilitators, coordinators and admins; 409 for a run that delivers no methodology.",
    tags,
    access: runStaff,
    params: GroupRunParams,
    response: { 200: RunFidelity, ...problems(400, 401, 403, 404, 409) },
  }),
  getRunOutcomes: defineRoute({
    method: 'GET',
    path: `${RUN}/outcomes`,
    operationId: 'getRunOutcomes',
    problems: ['run-without-methodology'],
    summary: "A run's outcomes: baseline and end scores per participant and instrument",
    description:
      "For each of the methodology's instruments, each participant's baseline and end scores and their change, and the mean change over those with both. For the run's facilitators, coordinators and admins.",
    tags,
    access: runStaff,
    params: GroupRunParams,
    response: { 200: RunOutcomes, ...problems(400, 401, 403, 404, 409) },
  }),
  recordOutcomeMeasurement: defineRoute({
    method: 'PUT',
    path: `${RUN}/outcomes/:personId/:instrumentId/:phase`,
    operationId: 'recordOutcomeMeasurement',
    problems: ['run-without-methodology', 'not-a-participant'],
    summary: "Record a participant's baseline or end score on an instrument",
    description:
      "Sets the score, replacing one recorded before for the same phase. The instrument must be one of the run's methodology (404 otherwise), the person enrolled in the run (422 `not-a-participant` otherwise) and the score within the instrument's range (400 naming `/score`). For the run's facilitators, coordinators and admins.",
    tags,
    access: runStaff,
    params: OutcomeMeasurementParams,
    body: RecordOutcomeBody,
    response: { 200: OutcomeMeasurement, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 422) },
  }),
  getMethodologyOutcomes: defineRoute({
    method: 'GET',
    path: `${METHODOLOGIES}/:methodologyId/outcomes`,
    operationId: 'getMethodologyOutcomes',
    summary: 'Outcomes of a methodology across its runs',
    description:
      'For each instrument, the mean change over every participant of every run with both scores, and the same per run. For coordinators and admins.',
    tags: ['Methodologies'],
    access: ['coordinator', 'admin'],
    params: MethodologyParams,
    response: { 200: MethodologyOutcomes, ...problems(400, 401, 403, 404) },
  }),
} as const
