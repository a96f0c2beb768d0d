import { Type } from 'typebox'
import { BODY_PROBLEMS, Email, FreeText, problems, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { AttendanceStatusSchema } from '../services/reference.js'
import { CompletionSchema, TrainingParticipant } from './participant.js'
import { TRAINING_MANAGERS, TRAININGS, Training, TrainingParams, trainingTags } from './trainings.js'

const StaffEnrolment = Type.Object(
  {
    userId: Type.String({
      format: 'uuid',
      description:
        'A staff member of the organisation or of a partner organisation under a live partnership.',
      examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
    }),
  },
  { title: 'StaffEnrolment', additionalProperties: false },
)
const OutsideEnrolment = Type.Object(
  {
    name: FreeText(200, { examples: ['Ona Jonaitienė'] }),
    organisation: FreeText(200, { examples: ['Molėtų r. savivaldybė'] }),
    email: Email,
  },
  { title: 'OutsideEnrolment', additionalProperties: false },
)

export const EnrolTrainingParticipantBody = Type.Union([StaffEnrolment, OutsideEnrolment], {
  description: 'A staff member by id, or someone from elsewhere by name, organisation and e-mail.',
  examples: [{ userId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10' }],
})

export const WithdrawTrainingParticipantBody = Type.Object(
  { reason: FreeText(1000, { examples: ['Negali dalyvauti dėl ligos.'] }) },
  { additionalProperties: false, examples: [{ reason: 'Negali dalyvauti dėl ligos.' }] },
)

export const RecordTrainingAttendanceBody = Type.Object(
  {
    entries: Type.Array(
      Type.Object({ participantId: Uuid, status: AttendanceStatusSchema }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500 },
    ),
  },
  {
    additionalProperties: false,
    examples: [{ entries: [{ participantId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', status: 'present' }] }],
  },
)

export const RecordCompletionBody = Type.Object(
  { completion: CompletionSchema },
  { additionalProperties: false, examples: [{ completion: 'completed' }] },
)

const ParticipantParams = Type.Object(
  { trainingId: Uuid, participantId: Uuid },
  { additionalProperties: false },
)
const SessionParams = Type.Object(
  { trainingId: Uuid, trainingSessionId: Uuid },
  { additionalProperties: false },
)
const PARTICIPANTS = `${TRAININGS}/:trainingId/participants`

export const trainingParticipantRoutes = {
  enrolTrainingParticipant: defineRoute({
    method: 'POST',
    path: PARTICIPANTS,
    operationId: 'enrolTrainingParticipant',
    problems: ['training-full', 'training-closed', 'already-enrolled', 'partnership-required'],
    summary: 'Enrol a participant in a training',
    description:
      'A full training is 409 `training-full`; the same staff member or e-mail address twice is 409 `already-enrolled`. Staff of another organisation take part only under a live partnership with it (409 `partnership-required`); an unknown staff member is 404.',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: TrainingParams,
    body: EnrolTrainingParticipantBody,
    response: { 201: TrainingParticipant, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  withdrawTrainingParticipant: defineRoute({
    method: 'POST',
    path: `${PARTICIPANTS}/:participantId/withdraw`,
    operationId: 'withdrawTrainingParticipant',
    problems: ['training-closed', 'invalid-transition'],
    summary: 'Withdraw a participant, freeing their place',
    description: 'Withdrawing twice, or after completion was recorded, is 409 `invalid-transition`.',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: ParticipantParams,
    body: WithdrawTrainingParticipantBody,
    response: { 200: TrainingParticipant, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  recordTrainingAttendance: defineRoute({
    method: 'PUT',
    path: `${TRAININGS}/:trainingId/sessions/:trainingSessionId/attendance`,
    operationId: 'recordTrainingAttendance',
    problems: ['training-closed', 'not-started'],
    summary: "Record who attended a training's session",
    description:
      'Sets the status of each listed participant, who must be enrolled (400 otherwise); others keep theirs. A session that has not started takes no attendance (409 `not-started`). Hours of training count the sessions a staff member was present at.',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: SessionParams,
    body: RecordTrainingAttendanceBody,
    response: { 200: Training, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  recordTrainingCompletion: defineRoute({
    method: 'POST',
    path: `${PARTICIPANTS}/:participantId/completion`,
    operationId: 'recordTrainingCompletion',
    problems: ['training-closed', 'training-not-held', 'invalid-transition', 'certification-overlaps'],
    summary: 'Record whether a participant completed the training',
    description:
      "Completing an `accreditation` certifies a staff member of the organisation as accredited from the training's last day, for the methodology's validity; completing a `refresher` renews their latest certification of the methodology from the day after it ends (or from the last day of the training, when it had lapsed). The answer shows the certification. Completion is recorded once the training's last session has started (409 `training-not-held` before). `completed` is final (409 `invalid-transition`); a certification that would overlap one held is 409 `certification-overlaps`, and nothing is recorded.",
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: ParticipantParams,
    body: RecordCompletionBody,
    response: { 200: TrainingParticipant, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
