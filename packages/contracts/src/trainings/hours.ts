import { Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { TRAINING_MANAGERS, TRAININGS, TrainingSummary, trainingTags } from './trainings.js'

const Hours = Type.Number({
  minimum: 0,
  description: 'Hours of the sessions attended (present), to two decimals.',
  examples: [14.5],
})

const Year = (description?: string) =>
  Type.Integer({ minimum: 2000, maximum: 2100, examples: [2031], ...(description ? { description } : {}) })

export const TrainingHoursQuery = Type.Object({ year: Year() }, { additionalProperties: false })
export const MyTrainingsQuery = Type.Object(
  { year: Type.Optional(Year('The year the hours count; this year unless given.')) },
  { additionalProperties: false },
)

export const TrainingHours = Type.Object(
  {
    year: Year(),
    staff: Type.Array(
      Type.Object(
        {
          id: Uuid,
          name: Type.String({ examples: ['Jurgita Petraitienė'] }),
          hours: Hours,
          methodologies: Type.Array(
            Type.Object(
              { id: Uuid, name: Type.String({ examples: ['Group Teen Triple P'] }), hours: Hours },
              { additionalProperties: false },
            ),
            { description: 'Those with hours, by name.' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'Every active staff member of the organisation, by name.' },
    ),
  },
  { title: 'TrainingHours', additionalProperties: false },
)

export const MyTrainings = Type.Object(
  {
    year: Year(),
    hours: Hours,
    items: Type.Array(
      Type.Object(
        {
          training: TrainingSummary,
          role: Type.Enum(['participant', 'trainer'], { examples: ['participant'] }),
          hours: Type.Number({ minimum: 0, description: 'Hours attended in this training, any year.' }),
        },
        { additionalProperties: false },
      ),
      { description: 'Trainings the caller takes part in (not withdrawn) or trains, latest first.' },
    ),
  },
  { title: 'MyTrainings', additionalProperties: false },
)

export const trainingHoursRoutes = {
  getTrainingHours: defineRoute({
    method: 'GET',
    path: `${TRAININGS}/hours`,
    operationId: 'getTrainingHours',
    summary: 'Training hours per staff member in a year',
    description:
      'For coordinators and admins: the hours of training sessions each active staff member attended in the year (Vilnius time), in all and by methodology; cancelled trainings count nothing.',
    tags: trainingTags,
    access: TRAINING_MANAGERS,
    querystring: TrainingHoursQuery,
    response: { 200: TrainingHours, ...problems(400, 401, 403) },
  }),
  listMyTrainings: defineRoute({
    method: 'GET',
    path: `${TRAININGS}/mine`,
    operationId: 'listMyTrainings',
    summary: "The caller's own trainings and training hours",
    description:
      'Every staff member reads the trainings they take part in or train, and their hours of training in the year.',
    tags: trainingTags,
    access: 'authenticated',
    querystring: MyTrainingsQuery,
    response: { 200: MyTrainings, ...problems(400, 401) },
  }),
} as const
