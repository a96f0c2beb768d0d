import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { CONFERENCE_PARTICIPANT_KINDS } from './case-reference.js'
import { LocalDate, StaffRef } from './family.js'
import { PastDateConfirmed } from './planned-date.js'

const Text = (maxLength: number, example: string, description?: string) =>
  FreeText(maxLength, { examples: [example], ...(description ? { description } : {}) })

export const ConferenceParticipantKindSchema = Type.Enum([...CONFERENCE_PARTICIPANT_KINDS], {
  description:
    '`staff`: a One Stop user; `family_member`: a current member of this family; `external`: anyone else, e.g. the municipality’s child rights specialist.',
  examples: ['external'],
})

export const StaffParticipantInput = Type.Object(
  { kind: Type.Literal('staff'), userId: Uuid },
  { title: 'StaffParticipantInput', additionalProperties: false },
)
export const FamilyMemberParticipantInput = Type.Object(
  {
    kind: Type.Literal('family_member'),
    personId: Type.String({
      format: 'uuid',
      description: 'The `personId` of a current member of this family.',
      examples: ['5c6a1a2e-9f0b-4c1d-8a3e-2b7d9e4f1c20'],
    }),
  },
  { title: 'FamilyMemberParticipantInput', additionalProperties: false },
)
export const ExternalParticipantInput = Type.Object(
  {
    kind: Type.Literal('external'),
    name: Text(200, 'Rasa Kavaliauskienė'),
    organisation: Type.Optional(
      Text(200, 'Vilniaus miesto savivaldybės Vaiko teisių apsaugos skyrius', 'Who they represent.'),
    ),
  },
  { title: 'ExternalParticipantInput', additionalProperties: false },
)

export const ConferenceParticipantInput = Type.Union(
  [StaffParticipantInput, FamilyMemberParticipantInput, ExternalParticipantInput],
  { description: 'Who took part: a staff member, a member of the family, or someone from outside.' },
)

export const ConferenceStepInput = Type.Object(
  {
    description: Text(2000, 'Suderinti vaikų bendravimo su tėvu grafiką.'),
    goalId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "A goal of this family's case plan that the step serves.",
        examples: ['7d2f5a3c-1b4e-4f6a-9c8d-0e1f2a3b4c5d'],
      }),
    ),
    responsibleId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "A staff member of the family's organisation or of its case team.",
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
      }),
    ),
    dueOn: Type.Optional(LocalDate),
  },
  { title: 'ConferenceStepInput', additionalProperties: false },
)

export const ConferenceParticipant = Type.Object(
  {
    kind: ConferenceParticipantKindSchema,
    userId: Type.Union([Uuid, Type.Null()], { description: 'For staff.' }),
    personId: Type.Union([Uuid, Type.Null()], { description: 'For a family member.' }),
    name: Type.String({ description: 'The participant’s name.', examples: ['Rasa Kavaliauskienė'] }),
    organisation: Type.Union([Type.String(), Type.Null()], {
      description: 'For an external participant: who they represent.',
    }),
  },
  { title: 'ConferenceParticipant', additionalProperties: false },
)

export const ConferenceStep = Type.Object(
  {
    id: Uuid,
    description: Type.String(),
    goalId: Type.Union([Uuid, Type.Null()]),
    responsible: Type.Union([StaffRef, Type.Null()]),
    dueOn: Type.Union([LocalDate, Type.Null()]),
  },
  { title: 'ConferenceStep', additionalProperties: false },
)

export const Conference = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    heldAt: Timestamp,
    agenda: Type.String(),
    decisions: Type.Union([Type.String(), Type.Null()], {
      description: 'Null until recorded after the meeting.',
    }),
    participants: Type.Array(ConferenceParticipant),
    steps: Type.Array(ConferenceStep, { description: 'Next steps agreed at the meeting.' }),
    recordedBy: StaffRef,
    createdAt: Timestamp,
  },
  { title: 'Conference', additionalProperties: false },
)
export type Conference = Static<typeof Conference>

const Agenda = Text(5000, 'Vaikų bendravimo su tėvais tvarka; tėvų konsultacijų planas.')
const Decisions = Text(20_000, 'Tėvai lankys „Vaikai ne viduryje“ grupę nuo gruodžio.')
const Participants = Type.Array(ConferenceParticipantInput, { minItems: 1, maxItems: 50 })
const Steps = Type.Array(ConferenceStepInput, { maxItems: 50 })

export const CreateConferenceBody = Type.Object(
  {
    heldAt: Type.String({
      format: 'date-time',
      description: 'When the meeting is (or was) held; a future time schedules it.',
      examples: ['2026-12-03T10:00:00+02:00'],
    }),
    agenda: Agenda,
    decisions: Type.Optional(Decisions),
    participants: Participants,
    steps: Type.Optional(Steps),
    pastDateConfirmed: PastDateConfirmed,
  },
  {
    additionalProperties: false,
    examples: [
      {
        heldAt: '2026-12-03T10:00:00+02:00',
        agenda: 'Vaikų bendravimo su tėvais tvarka.',
        participants: [
          { kind: 'staff', userId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10' },
          { kind: 'family_member', personId: '5c6a1a2e-9f0b-4c1d-8a3e-2b7d9e4f1c20' },
          {
            kind: 'external',
            name: 'Rasa Kavaliauskienė',
            organisation: 'Vilniaus miesto savivaldybės Vaiko teisių apsaugos skyrius',
          },
        ],
        steps: [{ description: 'Suderinti vaikų bendravimo su tėvu grafiką.', dueOn: '2026-12-17' }],
      },
    ],
  },
)

export const UpdateConferenceBody = Type.Object(
  {
    heldAt: Type.Optional(Type.String({ format: 'date-time', examples: ['2026-12-03T10:30:00+02:00'] })),
    agenda: Type.Optional(Agenda),
    decisions: Type.Optional(Decisions),
    participants: Type.Optional(Participants),
    steps: Type.Optional(Steps),
    pastDateConfirmed: PastDateConfirmed,
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: '`participants` and `steps`, when sent, replace the lists recorded before.',
    examples: [
      {
        decisions: 'Tėvai lankys „Vaikai ne viduryje“ grupę nuo gruodžio.',
        steps: [{ description: 'Užregistruoti tėvus į grupę.', dueOn: '2026-12-10' }],
      },
    ],
  },
)

export const UpcomingConference = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    familyReferenceCode: Type.String({ examples: ['F-2026-0042'] }),
    heldAt: Timestamp,
    agenda: Type.String(),
  },
  { title: 'UpcomingConference', additionalProperties: false },
)

export const ListConferencesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
export const ConferenceList = Page(Conference, 'ConferenceList')
export const UpcomingConferenceList = Page(UpcomingConference, 'UpcomingConferenceList')

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const ConferenceParams = Type.Object({ familyId: Uuid, conferenceId: Uuid }, { additionalProperties: false })
const tags = ['Case conferences'] as const

export const conferenceRoutes = {
  createConference: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/conferences',
    operationId: 'createCaseConference',
    summary: 'Record or schedule a case conference',
    description:
      'For those who manage the family. Family participants must be current members of this family; step goals must be goals of its case plan; a step due before today needs `pastDateConfirmed`.',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: CreateConferenceBody,
    problems: ['past-date-unconfirmed'],
    response: { 201: Conference, ...problems(...BODY_PROBLEMS, 401, 403, 404, 422) },
  }),
  listConferences: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/conferences',
    operationId: 'listCaseConferences',
    summary: "A family's case conferences, latest first",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    querystring: ListConferencesQuery,
    response: { 200: ConferenceList, ...problems(400, 401, 404) },
  }),
  getConference: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/conferences/:conferenceId',
    operationId: 'getCaseConference',
    summary: 'Get a case conference',
    tags,
    access: 'authenticated',
    params: ConferenceParams,
    response: { 200: Conference, ...problems(400, 401, 404) },
  }),
  updateConference: defineRoute({
    method: 'PATCH',
    path: '/api/v1/families/:familyId/conferences/:conferenceId',
    operationId: 'updateCaseConference',
    summary: 'Record the decisions and next steps of a case conference',
    tags,
    access: 'authenticated',
    params: ConferenceParams,
    body: UpdateConferenceBody,
    problems: ['past-date-unconfirmed'],
    response: { 200: Conference, ...problems(...BODY_PROBLEMS, 401, 403, 404, 422) },
  }),
  listUpcomingConferences: defineRoute({
    method: 'GET',
    path: '/api/v1/conferences/upcoming',
    operationId: 'listUpcomingCaseConferences',
    summary: 'Case conferences still to come, soonest first',
    description: 'Of the families the caller may see.',
    tags,
    access: 'authenticated',
    querystring: ListConferencesQuery,
    response: { 200: UpcomingConferenceList, ...problems(400, 401) },
  }),
} as const
