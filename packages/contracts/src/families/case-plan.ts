import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { GoalStatusSchema, NeedsAreaSchema } from './case-reference.js'
import { IfMatchHeaders, LocalDate, StaffRef } from './family.js'
import { PastDateConfirmed } from './planned-date.js'

export const Goal = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    area: NeedsAreaSchema,
    description: Type.String(),
    responsible: StaffRef,
    targetDate: LocalDate,
    status: GoalStatusSchema,
    overdue: Type.Boolean({ description: 'Open and past its target date.' }),
    lastProgress: Type.Union([Type.String(), Type.Null()], {
      description: 'Progress noted at the latest review.',
    }),
    version: Type.Integer(),
    createdAt: Timestamp,
  },
  { title: 'Goal', additionalProperties: false },
)
export type Goal = Static<typeof Goal>

export const Review = Type.Object(
  {
    id: Uuid,
    reviewedOn: LocalDate,
    nextReviewOn: LocalDate,
    familyViews: Type.Union([Type.String(), Type.Null()], { description: "The family's own view." }),
    childViews: Type.Union([Type.String(), Type.Null()], { description: "The child's own view." }),
    effectiveness: Type.Union([Type.String(), Type.Null()]),
    author: StaffRef,
    goals: Type.Array(Type.Object({ goalId: Uuid, progress: Type.String(), status: GoalStatusSchema })),
    createdAt: Timestamp,
  },
  { title: 'Review', additionalProperties: false },
)

export const CasePlan = Type.Object(
  {
    familyId: Uuid,
    goals: Type.Array(Goal),
    reviews: Type.Array(Review, { description: 'Newest first.' }),
    nextReviewOn: Type.Union([LocalDate, Type.Null()]),
    reviewOverdue: Type.Boolean(),
  },
  { title: 'CasePlan', additionalProperties: false },
)

const Description = FreeText(2000, { examples: ['Tėvai susitaria dėl bendravimo su vaikais tvarkos.'] })

export const CreateGoalBody = Type.Object(
  {
    area: NeedsAreaSchema,
    description: Description,
    responsibleId: Uuid,
    targetDate: LocalDate,
    pastDateConfirmed: PastDateConfirmed,
  },
  { additionalProperties: false },
)

export const UpdateGoalBody = Type.Object(
  {
    description: Type.Optional(Description),
    responsibleId: Type.Optional(Uuid),
    targetDate: Type.Optional(LocalDate),
    status: Type.Optional(GoalStatusSchema),
    pastDateConfirmed: PastDateConfirmed,
  },
  { additionalProperties: false, minProperties: 1, examples: [{ status: 'achieved' }] },
)

const Views = Type.String({ maxLength: 5000 })
export const CreateReviewBody = Type.Object(
  {
    reviewedOn: LocalDate,
    nextReviewOn: LocalDate,
    pastDateConfirmed: PastDateConfirmed,
    familyViews: Type.Optional(Views),
    childViews: Type.Optional(Views),
    effectiveness: Type.Optional(Views),
    goals: Type.Array(
      Type.Object(
        { goalId: Uuid, progress: FreeText(2000), status: GoalStatusSchema },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  {
    additionalProperties: false,
    description:
      'Progress per goal; goal statuses change with the review. `nextReviewOn` must be after `reviewedOn`; a `nextReviewOn` before today needs `pastDateConfirmed`.',
  },
)

export const Attention = Type.Object(
  {
    overdueReviews: Type.Array(
      Type.Object({ familyId: Uuid, referenceCode: Type.String(), nextReviewOn: LocalDate }),
    ),
    overdueGoals: Type.Array(
      Type.Object({
        familyId: Uuid,
        referenceCode: Type.String(),
        goalId: Uuid,
        description: Type.String(),
        targetDate: LocalDate,
      }),
    ),
    repeatedNoShows: Type.Array(
      Type.Object({ familyId: Uuid, referenceCode: Type.String(), lastMissedAt: Timestamp }),
      { description: 'Families whose last three appointments that were due were all missed.' },
    ),
    unassignedFamilies: Type.Array(
      Type.Object({ familyId: Uuid, referenceCode: Type.String(), openedAt: Timestamp }),
      {
        description:
          "For coordinators and admins: their organisation's open families that have no responsible case manager yet, oldest first; empty for everyone else.",
      },
    ),
  },
  { title: 'CaseAttention', additionalProperties: false },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const GoalParams = Type.Object({ familyId: Uuid, goalId: Uuid }, { additionalProperties: false })
const tags = ['Case plans'] as const

export const casePlanRoutes = {
  getCasePlan: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/plan',
    operationId: 'getCasePlan',
    summary: "A family's case plan: goals and reviews",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: CasePlan, ...problems(400, 401, 404) },
  }),
  createGoal: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/plan/goals',
    operationId: 'createCasePlanGoal',
    summary: 'Add a goal to the case plan',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: CreateGoalBody,
    problems: ['past-date-unconfirmed'],
    response: { 201: Goal, ...problems(...BODY_PROBLEMS, 401, 403, 404, 422) },
  }),
  updateGoal: defineRoute({
    method: 'PATCH',
    path: '/api/v1/families/:familyId/plan/goals/:goalId',
    operationId: 'updateCasePlanGoal',
    summary: 'Edit a goal',
    tags,
    access: 'authenticated',
    params: GoalParams,
    headers: IfMatchHeaders,
    body: UpdateGoalBody,
    problems: ['past-date-unconfirmed'],
    response: { 200: Goal, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 422, 428) },
  }),
  createReview: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/plan/reviews',
    operationId: 'createCasePlanReview',
    summary: 'Record a plan review',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: CreateReviewBody,
    problems: ['past-date-unconfirmed'],
    response: { 201: Review, ...problems(...BODY_PROBLEMS, 401, 403, 404, 422) },
  }),
  getCaseAttention: defineRoute({
    method: 'GET',
    path: '/api/v1/case-plans/attention',
    operationId: 'getCaseAttention',
    summary: 'Overdue plan reviews and goals, and missed appointments, on your caseload',
    description:
      "For the home page: families where you are the responsible case manager (overdue reviews, three no-shows in a row), goals you are responsible for, and for coordinators and admins the organisation's families still waiting for a case manager.",
    tags,
    access: 'authenticated',
    response: { 200: Attention, ...problems(401) },
  }),
} as const
