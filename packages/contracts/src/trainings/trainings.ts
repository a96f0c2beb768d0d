import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, StaffRef } from '../families/family.js'
import { CERTIFICATION_MANAGERS } from '../methodologies/certifications.js'
import { defineRoute } from '../route.js'
import { SessionTimes } from '../services/groups.js'
import { TrainingParticipant } from './participant.js'

export const TRAINING_KINDS = ['initial_training', 'accreditation', 'refresher', 'supervision'] as const
export type TrainingKind = (typeof TRAINING_KINDS)[number]
export const TrainingKindSchema = Type.Enum([...TRAINING_KINDS], {
  description:
    'Completing an `accreditation` certifies the organisation’s staff as accredited; completing a `refresher` renews their certification; the others record completion only.',
  examples: ['accreditation'],
})
export const TRAINING_STATUSES = ['planned', 'completed', 'cancelled'] as const
export type TrainingStatus = (typeof TRAINING_STATUSES)[number]
export const TrainingStatusSchema = Type.Enum([...TRAINING_STATUSES], { examples: ['planned'] })

/** Who plans trainings and records their participants: the same as manage certifications. */
export const TRAINING_MANAGERS = CERTIFICATION_MANAGERS

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

export const OutsideTrainer = Type.Object(
  {
    name: FreeText(200, { examples: ['Rasa Kazlauskienė'] }),
    organisation: FreeText(200, { examples: ['Triple P International'] }),
  },
  { additionalProperties: false },
)
export type OutsideTrainer = Static<typeof OutsideTrainer>

export const TrainingSession = Type.Object(
  {
    id: Uuid,
    startsAt: Timestamp,
    endsAt: Timestamp,
    presentCount: Type.Integer({ description: 'Participants marked present.', examples: [11] }),
  },
  { title: 'TrainingSession', additionalProperties: false },
)

const summaryFields = {
  id: Uuid,
  methodology: Type.Object(
    { id: Uuid, name: Type.String({ examples: ['Group Teen Triple P'] }) },
    { additionalProperties: false },
  ),
  kind: TrainingKindSchema,
  title: Type.String({ examples: ['Group Teen Triple P akreditacija'] }),
  roomId: Nullable(Uuid, 'No room for a training held elsewhere.'),
  roomName: Nullable(Type.String({ examples: ['Grupių salė'] }), 'The room, if any.'),
  capacity: Type.Integer({ examples: [14] }),
  enrolledCount: Type.Integer({ description: 'Participants enrolled (not withdrawn).', examples: [12] }),
  status: TrainingStatusSchema,
  cancelReason: Nullable(Type.String(), 'Why it was cancelled; null unless cancelled.'),
  startsOn: Type.String({ format: 'date', description: 'The first session’s day (Vilnius).' }),
  endsOn: Type.String({ format: 'date', description: 'The last session’s day (Vilnius).' }),
  trainers: Type.Array(StaffRef, { description: 'Staff of the organisation who train.' }),
  outsideTrainers: Type.Array(OutsideTrainer, { description: 'Trainers from elsewhere, by name.' }),
  version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change it.' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const TrainingSummary = Type.Object(summaryFields, {
  title: 'TrainingSummary',
  additionalProperties: false,
})
export type TrainingSummary = Static<typeof TrainingSummary>

export const Training = Type.Object(
  {
    ...summaryFields,
    sessions: Type.Array(TrainingSession, { description: 'Earliest first.' }),
    participants: Type.Array(TrainingParticipant, { description: 'In the order they enrolled.' }),
  },
  { title: 'Training', additionalProperties: false },
)
export type Training = Static<typeof Training>

const Title = FreeText(200, { examples: ['Group Teen Triple P akreditacija'] })
const Capacity = Type.Integer({
  minimum: 1,
  maximum: 500,
  description: "How many participants it takes; at most the room's capacity.",
  examples: [14],
})
const OutsideTrainers = Type.Array(OutsideTrainer, { maxItems: 10 })
const Reason = FreeText(1000, { examples: ['Trenerė suserga.'] })

export const CreateTrainingBody = Type.Object(
  {
    methodologyId: Uuid,
    kind: TrainingKindSchema,
    title: Title,
    roomId: Type.Optional(Uuid),
    capacity: Capacity,
    trainerIds: Type.Array(Uuid, {
      maxItems: 10,
      uniqueItems: true,
      description: 'Staff of the organisation who train; their time is reserved for every session.',
    }),
    outsideTrainers: Type.Optional(OutsideTrainers),
    sessions: Type.Array(SessionTimes, {
      minItems: 1,
      maxItems: 30,
      description: 'Each lasts 5 minutes to 8 hours; they may not overlap one another.',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        methodologyId: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
        kind: 'accreditation',
        title: 'Group Teen Triple P akreditacija',
        capacity: 14,
        trainerIds: [],
        outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
        sessions: [{ startsAt: '2031-03-04T09:00:00+02:00', endsAt: '2031-03-04T16:00:00+02:00' }],
      },
    ],
  },
)
export type CreateTrainingBody = Static<typeof CreateTrainingBody>

export const UpdateTrainingBody = Type.Object(
  {
    title: Type.Optional(Title),
    capacity: Type.Optional(Capacity),
    outsideTrainers: Type.Optional(OutsideTrainers),
    status: Type.Optional(
      Type.Enum(['planned', 'completed'], {
        description: 'planned ↔ completed; cancelling has a route of its own.',
        examples: ['completed'],
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ capacity: 16 }] },
)

export const CancelTrainingBody = Type.Object(
  { reason: Reason },
  { additionalProperties: false, examples: [{ reason: 'Trenerė suserga.' }] },
)

export const ListTrainingsQuery = Type.Object(
  {
    ...PageQuery,
    from: Type.Optional(
      Type.String({ format: 'date', description: 'Trainings whose last day is on or after this day.' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'Trainings whose first day is on or before this day.' }),
    ),
    methodologyId: Type.Optional(Uuid),
    kind: Type.Optional(TrainingKindSchema),
    status: Type.Optional(TrainingStatusSchema),
  },
  { additionalProperties: false },
)
export const TrainingList = Page(TrainingSummary, 'TrainingList')
export const TrainingParams = Type.Object({ trainingId: Uuid }, { additionalProperties: false })

export const TRAININGS = '/api/v1/trainings'
export const trainingTags = ['Trainings'] as const

export const trainingRoutes = {
  listTrainings: defineRoute({
    method: 'GET',
    path: TRAININGS,
    operationId: 'listTrainings',
    summary: "List the organisation's training events",
    description:
      'For coordinators and admins, filtered by days (`from`, `to`), methodology, kind or status; by first day, earliest first.',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    querystring: ListTrainingsQuery,
    response: { 200: TrainingList, ...problems(400, 401, 403) },
  }),
  getTraining: defineRoute({
    method: 'GET',
    path: `${TRAININGS}/:trainingId`,
    operationId: 'getTraining',
    summary: 'Get a training event with its sessions, participants and attendance',
    description:
      'Coordinators and admins read any of the organisation; other staff only one they train or take part in (404 otherwise), and of its participants only those enrolled, by name, organisation and kind: no e-mail addresses, nor anyone else’s attendance or completion.',
    tags: trainingTags,
    access: 'authenticated',
    params: TrainingParams,
    response: { 200: Training, ...problems(400, 401, 404) },
  }),
  createTraining: defineRoute({
    method: 'POST',
    path: TRAININGS,
    operationId: 'createTraining',
    problems: ['double-booking', 'invalid-transition', 'room-inactive'],
    summary: 'Plan a training event',
    description:
      "Its sessions reserve the room and the organisation's trainers: one already booked then is 409 `double-booking`, naming the clash. An unknown methodology or trainer is 404; a retired methodology is 409 `invalid-transition`. At least one trainer, of the staff or from outside.",
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    body: CreateTrainingBody,
    response: { 201: Training, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  updateTraining: defineRoute({
    method: 'PATCH',
    path: `${TRAININGS}/:trainingId`,
    operationId: 'updateTraining',
    problems: ['training-closed', 'training-full', 'training-not-held'],
    summary: "Change a training's title, capacity or outside trainers, or mark it completed",
    description:
      'A capacity below the participants enrolled is 409 `training-full`; a cancelled training changes no more (409 `training-closed`); it is marked completed once its last session has started (409 `training-not-held` before).',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: TrainingParams,
    headers: IfMatchHeaders,
    body: UpdateTrainingBody,
    response: { 200: Training, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
  cancelTraining: defineRoute({
    method: 'POST',
    path: `${TRAININGS}/:trainingId/cancel`,
    operationId: 'cancelTraining',
    problems: ['training-closed'],
    summary: 'Cancel a training event',
    description:
      'Frees the time of its room and trainers. A cancelled or completed training cannot be cancelled (409 `training-closed`).',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    params: TrainingParams,
    headers: IfMatchHeaders,
    body: CancelTrainingBody,
    response: { 200: Training, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
