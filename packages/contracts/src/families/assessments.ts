import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { NeedsAreaSchema, SeverityRatingSchema } from './case-reference.js'
import { LocalDate, StaffRef } from './family.js'

export const AssessmentItem = Type.Object(
  {
    area: NeedsAreaSchema,
    item: FreeText(200, { examples: ['Vaiko saugumas namuose'] }),
    rating: SeverityRatingSchema,
    note: Type.Optional(
      Type.String({ maxLength: 2000, examples: ['Tėvų konfliktai vyksta vaikų akivaizdoje.'] }),
    ),
  },
  { additionalProperties: false },
)

export const NeedsAssessment = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    assessedOn: LocalDate,
    strengths: Type.String(),
    summary: Type.Union([Type.String(), Type.Null()]),
    author: StaffRef,
    signedAt: Timestamp,
    items: Type.Array(
      Type.Object({
        area: NeedsAreaSchema,
        item: Type.String(),
        rating: SeverityRatingSchema,
        note: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
  },
  { title: 'NeedsAssessment', additionalProperties: false },
)
export type NeedsAssessment = Static<typeof NeedsAssessment>

export const CreateNeedsAssessmentBody = Type.Object(
  {
    assessedOn: LocalDate,
    strengths: FreeText(5000, { examples: ['Abu tėvai myli vaikus ir nori susitarti.'] }),
    summary: Type.Optional(Type.String({ maxLength: 5000 })),
    items: Type.Array(AssessmentItem, { minItems: 1, maxItems: 100 }),
  },
  {
    additionalProperties: false,
    description: 'Signed by its author at the time it is recorded.',
    examples: [
      {
        assessedOn: '2026-11-20',
        strengths: 'Abu tėvai myli vaikus ir nori susitarti.',
        items: [
          { area: 'safety', item: 'Vaiko saugumas namuose', rating: 'mild' },
          {
            area: 'parenting',
            item: 'Tėvų bendradarbiavimas',
            rating: 'severe',
            note: 'Nesikalba tarpusavyje.',
          },
          { area: 'housing', item: 'Būsto sąlygos', rating: 'none' },
        ],
      },
    ],
  },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const tags = ['Needs assessments'] as const

export const assessmentRoutes = {
  createNeedsAssessment: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/assessments',
    operationId: 'createNeedsAssessment',
    summary: 'Record a needs assessment',
    description: "For the family's case team. The first one also meets the first-assessment deadline.",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: CreateNeedsAssessmentBody,
    response: { 201: NeedsAssessment, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listNeedsAssessments: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/assessments',
    operationId: 'listNeedsAssessments',
    summary: "A family's assessment history, newest first",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: {
      200: Type.Object({ items: Type.Array(NeedsAssessment) }, { title: 'NeedsAssessmentList' }),
      ...problems(400, 401, 404),
    },
  }),
} as const
