import { Type } from 'typebox'
import { Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'

export const TIMELINE_KINDS = [
  'status',
  'member_joined',
  'member_left',
  'team_joined',
  'team_left',
  'assessment',
  'goal',
  'review',
  'conference',
  'note',
  'consent',
  'partnership_ended',
  'appointment_booked',
  'appointment_completed',
  'appointment_no_show',
  'appointment_cancelled',
] as const

export const TimelineEvent = Type.Object(
  {
    at: Timestamp,
    kind: Type.Enum([...TIMELINE_KINDS]),
    entityId: Uuid,
    actor: Type.Union([Type.String(), Type.Null()], { description: 'The staff member who did it.' }),
    details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]), {
      description:
        'What happened, by kind: e.g. `from`/`to`/`reason` for a status change, `name` for a member.',
      examples: [{ from: 'intake', to: 'active', reason: 'Pirminis vertinimas atliktas.' }],
    }),
  },
  { title: 'TimelineEvent', additionalProperties: false },
)

export const timelineRoutes = {
  getFamilyTimeline: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/timeline',
    operationId: 'getFamilyTimeline',
    summary: 'Everything that happened to a family, newest first',
    description:
      'Intake and status changes, members and team, assessments, plan goals and reviews, conferences, the notes the caller may read, consents, and appointments booked, completed, missed or cancelled (`service`, `specialist`, `startsAt`, and `reason` when cancelled).',
    tags: ['Families'],
    access: 'authenticated',
    params: Type.Object({ familyId: Uuid }, { additionalProperties: false }),
    querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }),
    response: { 200: Page(TimelineEvent, 'Timeline'), ...problems(400, 401, 404) },
  }),
} as const
