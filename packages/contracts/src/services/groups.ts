import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, StaffRef } from '../families/family.js'
import { MethodologyIdField, MethodologyRef } from '../methodologies/methodology-ref.js'
import { defineRoute } from '../route.js'
import {
  AttendanceStatusSchema,
  EnrolmentStatusSchema,
  GROUP_RUN_STATUSES,
  GroupRunStatusSchema,
  GroupSessionStatusSchema,
} from './reference.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

const EndsAt = Type.String({
  format: 'date-time',
  description: 'After `startsAt`; a session lasts 5 minutes to 8 hours.',
  examples: ['2026-11-26T19:30:00+02:00'],
})

export const GroupSession = Type.Object(
  {
    id: Uuid,
    runId: Uuid,
    startsAt: Timestamp,
    endsAt: Timestamp,
    status: GroupSessionStatusSchema,
    cancelReason: Type.Union([Type.String(), Type.Null()], {
      description: 'Why the session was called off; null unless cancelled.',
      examples: [null],
    }),
    presentCount: Type.Integer({ description: 'Persons marked present.', examples: [14] }),
  },
  { title: 'GroupSession', additionalProperties: false },
)
export type GroupSession = Static<typeof GroupSession>

const runFields = {
  id: Uuid,
  organisationId: Uuid,
  serviceId: Uuid,
  serviceName: Type.String({ examples: ['Pozityvios tėvystės grupė'] }),
  title: Type.String({ examples: ['Tėvystės įgūdžių grupė, ruduo 2026'] }),
  methodology: MethodologyRef,
  roomId: Nullable(Uuid, 'No room for a remote or outdoor run.'),
  roomName: Nullable(Type.String({ examples: ['Grupių salė'] }), 'The room, if any.'),
  siteId: Nullable(Uuid, "The room's site."),
  facilitators: Type.Array(StaffRef),
  capacity: Type.Integer({ examples: [20] }),
  enrolledCount: Type.Integer({ examples: [18] }),
  waitlistedCount: Type.Integer({ examples: [3] }),
  status: GroupRunStatusSchema,
  sessionCount: Type.Integer({ description: 'Sessions not cancelled.', examples: [8] }),
  firstSessionAt: Nullable(Timestamp, 'Start of the first session not cancelled.'),
  lastSessionAt: Nullable(Timestamp, 'Start of the last session not cancelled.'),
  version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to update.' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const GroupRunSummary = Type.Object(runFields, {
  title: 'GroupRunSummary',
  additionalProperties: false,
})
export type GroupRunSummary = Static<typeof GroupRunSummary>

export const GroupRun = Type.Object(
  { ...runFields, sessions: Type.Array(GroupSession, { description: 'Every session, earliest first.' }) },
  { title: 'GroupRun', additionalProperties: false },
)
export type GroupRun = Static<typeof GroupRun>

export const SessionTimes = Type.Object(
  { startsAt: Timestamp, endsAt: EndsAt },
  {
    additionalProperties: false,
    examples: [{ startsAt: '2026-11-26T18:00:00+02:00', endsAt: '2026-11-26T19:30:00+02:00' }],
  },
)

export const WeeklySessions = Type.Object(
  {
    weekly: Type.Object(
      {
        firstStartsAt: Timestamp,
        durationMinutes: Type.Integer({ minimum: 5, maximum: 480, examples: [90] }),
        count: Type.Integer({ minimum: 1, maximum: 52, examples: [8] }),
        intervalWeeks: Type.Optional(
          Type.Integer({
            minimum: 1,
            maximum: 4,
            default: 1,
            description: 'Weeks between sessions; the wall-clock time in Vilnius stays the same.',
            examples: [1],
          }),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { title: 'WeeklySessions', additionalProperties: false },
)

export const DatedSessions = Type.Object(
  { dates: Type.Array(SessionTimes, { minItems: 1, maxItems: 52 }) },
  { title: 'DatedSessions', additionalProperties: false },
)

export const CreateGroupRunBody = Type.Object(
  {
    serviceId: Uuid,
    title: Type.String({ minLength: 1, maxLength: 200, examples: ['Tėvystės įgūdžių grupė, ruduo 2026'] }),
    methodologyId: Type.Optional(MethodologyIdField),
    roomId: Type.Optional(Uuid),
    capacity: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 500,
        description: "Defaults to the service's default capacity; at most the room's capacity.",
        examples: [20],
      }),
    ),
    facilitatorIds: Type.Array(Uuid, { minItems: 1, maxItems: 4, uniqueItems: true }),
    sessions: Type.Union([WeeklySessions, DatedSessions], {
      description: 'Either a weekly series or the sessions one by one (1–52 sessions).',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        serviceId: '4a7c2e1b-1d2f-4e3a-9b8c-7d6e5f4a3b2c',
        title: 'Tėvystės įgūdžių grupė, ruduo 2026',
        methodologyId: '5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
        roomId: '9e8d7c6b-5a49-4838-a726-150f4e3d2c1b',
        capacity: 20,
        facilitatorIds: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
        sessions: { weekly: { firstStartsAt: '2026-10-01T17:00:00+03:00', durationMinutes: 90, count: 8 } },
      },
    ],
  },
)
export type CreateGroupRunBody = Static<typeof CreateGroupRunBody>

export const UpdateGroupRunBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    capacity: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 500,
        description:
          'Raising it promotes from the waitlist in order; lowering it below the enrolled count is a 409. At most the group size of the run’s methodology (400).',
      }),
    ),
    status: Type.Optional(
      Type.Enum([...GROUP_RUN_STATUSES], {
        description:
          'planned → running → finished; planned or running → cancelled. Finishing or cancelling calls off the sessions still to come and frees their time. A run of a methodology with `couples.minCouples` starts running only with that many couples enrolled (409 `too-few-couples`).',
        examples: ['running'],
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ capacity: 24 }] },
)
export type UpdateGroupRunBody = Static<typeof UpdateGroupRunBody>

export const ListGroupRunsQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(GroupRunStatusSchema),
    serviceId: Type.Optional(Uuid),
    facilitatorId: Type.Optional(Uuid),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Runs with a session ending after this time.' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date-time', description: 'Runs with a session starting before this time.' }),
    ),
  },
  { additionalProperties: false },
)

export const GroupRunList = Page(GroupRunSummary, 'GroupRunList')

export const CancelGroupSessionBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, examples: ['Facilitatorė serga.'] }) },
  { additionalProperties: false },
)

export const Enrolment = Type.Object(
  {
    id: Uuid,
    runId: Uuid,
    visible: Type.Boolean({
      description:
        'False for a person of a family the caller may not see (and who is not in a run the caller facilitates): person, family and name are null.',
    }),
    personId: Nullable(Uuid, 'Null when not visible.'),
    familyId: Nullable(Uuid, 'Null when not visible.'),
    name: Nullable(Type.String({ examples: ['Asta Petrauskienė'] }), 'Null when not visible.'),
    status: EnrolmentStatusSchema,
    waitlistPosition: Nullable(
      Type.Integer({ minimum: 1, examples: [2] }),
      'Place on the waitlist, 1 first; null unless waitlisted.',
    ),
    coupleId: Nullable(
      Uuid,
      'Shared by the two partners of a couple, who enrol, wait and withdraw together; null for one person.',
    ),
    expectedBirthOn: Nullable(
      Type.String({ format: 'date', examples: ['2027-05-20'] }),
      'The expected birth date recorded for a methodology enrolling during pregnancy; null otherwise or when not visible.',
    ),
    courtProceedingsOnHold: Type.Boolean({
      description: 'The parents agreed to put court proceedings on hold (No Kids in the Middle).',
    }),
    createdAt: Timestamp,
  },
  { title: 'Enrolment', additionalProperties: false },
)
export type Enrolment = Static<typeof Enrolment>

export const EnrolmentList = Type.Object(
  {
    enrolled: Type.Array(Enrolment, { description: 'In the order they were enrolled.' }),
    waitlist: Type.Array(Enrolment, { description: 'In waitlist order, position 1 first.' }),
  },
  { title: 'EnrolmentList', additionalProperties: false },
)

export const EnrolBody = Type.Object(
  {
    personId: Uuid,
    partnerPersonId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The other partner of a couple, for a methodology of couples: both are enrolled (or waitlisted) together. Required when the methodology takes both partners.',
        examples: ['7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'],
      }),
    ),
    expectedBirthOn: Type.Optional(
      Type.String({
        format: 'date',
        description:
          'For a methodology enrolling during pregnancy (required there): after the run’s first session and at most 280 days after it.',
        examples: ['2027-05-20'],
      }),
    ),
    courtProceedingsOnHold: Type.Optional(
      Type.Boolean({
        description:
          'For a methodology asking for it (No Kids in the Middle): must be true, confirming the parents put court proceedings on hold.',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      { personId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a' },
      {
        personId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
        partnerPersonId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
        courtProceedingsOnHold: true,
      },
    ],
  },
)
export type EnrolBody = Static<typeof EnrolBody>

export const WithdrawEnrolmentBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, examples: ['Šeima persikėlė į kitą miestą.'] }) },
  { additionalProperties: false },
)

export const AttendanceEntry = Type.Object(
  {
    enrolmentId: Uuid,
    personId: Uuid,
    name: Type.String({ examples: ['Asta Petrauskienė'] }),
    enrolmentStatus: EnrolmentStatusSchema,
    status: Nullable(AttendanceStatusSchema, 'Null until attendance is taken.'),
    recordedAt: Nullable(Timestamp, 'When the status was last set.'),
  },
  { title: 'AttendanceEntry', additionalProperties: false },
)

export const AttendanceRegister = Type.Object(
  {
    session: GroupSession,
    entries: Type.Array(AttendanceEntry, {
      description: 'Every enrolled person, and anyone withdrawn after their attendance was taken.',
    }),
  },
  { title: 'AttendanceRegister', additionalProperties: false },
)
export type AttendanceRegister = Static<typeof AttendanceRegister>

export const RecordAttendanceBody = Type.Object(
  {
    entries: Type.Array(
      Type.Object({ personId: Uuid, status: AttendanceStatusSchema }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500, description: 'Enrolled persons only, each at most once.' },
    ),
  },
  {
    additionalProperties: false,
    examples: [{ entries: [{ personId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', status: 'present' }] }],
  },
)
export type RecordAttendanceBody = Static<typeof RecordAttendanceBody>

export const GroupRunParams = Type.Object({ runId: Uuid }, { additionalProperties: false })
export const GroupSessionParams = Type.Object(
  { runId: Uuid, sessionId: Uuid },
  { additionalProperties: false },
)
export const EnrolmentParams = Type.Object(
  { runId: Uuid, enrolmentId: Uuid },
  { additionalProperties: false },
)

const tags = ['Group programmes'] as const
const organisers = ['coordinator', 'admin'] as const
const staff = ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'] as const
const attendanceTakers = ['case_manager', 'specialist', 'coordinator', 'admin'] as const
const GROUPS = '/api/v1/groups'
const RUN = `${GROUPS}/:runId`
const SESSION = `${RUN}/sessions/:sessionId`

export const groupRoutes = {
  createGroupRun: defineRoute({
    method: 'POST',
    path: GROUPS,
    operationId: 'createGroupRun',
    problems: [
      'service-inactive',
      'outside-working-hours',
      'absent',
      'unqualified',
      'room-inactive',
      'double-booking',
      'methodology-retired',
      'too-few-facilitators',
      'facilitator-not-certified',
    ],
    summary: 'Plan a group programme run',
    description:
      'Creates the run and its sessions; every session reserves each facilitator and the room. Refused with 409 when any of them is already booked then (the detail names who or what and when), when a session is outside a facilitator’s working hours or in an absence, or a facilitator lacks a profession the service allows. A single event is a run of one session. The run delivers `methodologyId`, or else the service’s methodology. A run of a methodology has at least the methodology’s `facilitatorsPerGroup` facilitators (409 `too-few-facilitators`) and a capacity of at most its `maxGroupSize` persons, and of two persons per couple up to `maxCouples` (400 on `/capacity`); every facilitator is certified in the methodology on every session’s day (Vilnius) – accredited, supervisor or trainer, or a trainee whose named supervisor co-facilitates and is so certified that day – or the run is refused with 409 `facilitator-not-certified`, whose `uncertified` lists who lacks it on which day.',
    tags,
    access: organisers,
    body: CreateGroupRunBody,
    response: { 201: GroupRun, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  listGroupRuns: defineRoute({
    method: 'GET',
    path: GROUPS,
    operationId: 'listGroupRuns',
    summary: 'List group programme runs',
    description: 'Newest first.',
    tags,
    access: staff,
    querystring: ListGroupRunsQuery,
    response: { 200: GroupRunList, ...problems(400, 401, 403) },
  }),
  getGroupRun: defineRoute({
    method: 'GET',
    path: RUN,
    operationId: 'getGroupRun',
    summary: 'Get a group programme run with its sessions',
    tags,
    access: staff,
    params: GroupRunParams,
    response: { 200: GroupRun, ...problems(400, 401, 403, 404) },
  }),
  updateGroupRun: defineRoute({
    method: 'PATCH',
    path: RUN,
    operationId: 'updateGroupRun',
    problems: [
      'run-closed',
      'invalid-transition',
      'capacity',
      'too-few-couples',
      'service-inactive',
      'outside-working-hours',
      'absent',
      'unqualified',
      'room-inactive',
      'double-booking',
    ],
    summary: "Change a run's title, capacity or status",
    tags,
    access: organisers,
    params: GroupRunParams,
    headers: IfMatchHeaders,
    body: UpdateGroupRunBody,
    response: { 200: GroupRun, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
  addGroupSession: defineRoute({
    method: 'POST',
    path: `${RUN}/sessions`,
    operationId: 'addGroupSession',
    problems: [
      'run-closed',
      'service-inactive',
      'outside-working-hours',
      'absent',
      'unqualified',
      'room-inactive',
      'double-booking',
      'facilitator-not-certified',
    ],
    summary: 'Add a session to a run',
    description:
      'Checked and reserved like the sessions of a new run: for a run of a methodology, each facilitator must be certified in it on the session’s day (409 `facilitator-not-certified`).',
    tags,
    access: organisers,
    params: GroupRunParams,
    body: SessionTimes,
    response: { 201: GroupSession, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  cancelGroupSession: defineRoute({
    method: 'POST',
    path: `${SESSION}/cancel`,
    operationId: 'cancelGroupSession',
    problems: ['run-closed', 'invalid-transition'],
    summary: 'Cancel a session and free its time',
    description: 'Only a scheduled session.',
    tags,
    access: organisers,
    params: GroupSessionParams,
    body: CancelGroupSessionBody,
    response: { 200: GroupSession, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  enrolInGroupRun: defineRoute({
    method: 'POST',
    path: `${RUN}/enrolments`,
    operationId: 'enrolInGroupRun',
    problems: [
      'run-closed',
      'family-not-open',
      'already-enrolled',
      'service-outside-partnership',
      'enrolment-rule',
    ],
    summary: 'Enrol a person, or put them on the waitlist',
    description:
      "`enrolled` while the run has places, otherwise `waitlisted` in the order enrolments arrive. The person's family must be open and one the caller may contribute to. A run of a methodology applies its enrolment rules, on the run's first session's day (Vilnius), refusing with 422 `enrolment-rule` naming the rule: a couples methodology enrols a couple as one (`partnerPersonId`; both together, up to `maxCouples` couples enrolled, the rest waitlisted as a couple) and one partner alone is refused where both are required; a parent enrols for a child of the family aged `parentOfChildAged`; a child of the family takes part aged `participantChildAge`; during pregnancy the expected birth date is required (400 when not after the first session or more than 280 days after it); court proceedings on hold must be confirmed with `courtProceedingsOnHold: true`. A field the methodology does not ask for is 400. The response is the enrolment of `personId`; the partner's shares its `coupleId`.",
    tags,
    access: staff,
    params: GroupRunParams,
    body: EnrolBody,
    response: { 201: Enrolment, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  listEnrolments: defineRoute({
    method: 'GET',
    path: `${RUN}/enrolments`,
    operationId: 'listEnrolments',
    summary: 'List the enrolled persons and the waitlist of a run',
    description: 'Persons of families the caller may not see are listed without names (`visible: false`).',
    tags,
    access: staff,
    params: GroupRunParams,
    response: { 200: EnrolmentList, ...problems(400, 401, 403, 404) },
  }),
  withdrawEnrolment: defineRoute({
    method: 'POST',
    path: `${RUN}/enrolments/:enrolmentId/withdraw`,
    operationId: 'withdrawEnrolment',
    problems: ['run-closed', 'invalid-transition'],
    summary: 'Withdraw an enrolment',
    description:
      'A place given up goes to the first person on the waitlist. Withdrawing one partner of a couple withdraws both.',
    tags,
    access: staff,
    params: EnrolmentParams,
    body: WithdrawEnrolmentBody,
    response: { 200: Enrolment, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  getSessionAttendance: defineRoute({
    method: 'GET',
    path: `${SESSION}/attendance`,
    operationId: 'getSessionAttendance',
    summary: "A session's attendance register",
    description: "For the run's facilitators, coordinators and admins.",
    tags,
    access: attendanceTakers,
    params: GroupSessionParams,
    response: { 200: AttendanceRegister, ...problems(400, 401, 403, 404) },
  }),
  recordSessionAttendance: defineRoute({
    method: 'PUT',
    path: `${SESSION}/attendance`,
    operationId: 'recordSessionAttendance',
    problems: ['run-closed', 'invalid-transition', 'not-started'],
    summary: 'Take attendance for a session',
    description:
      "For the run's facilitators, coordinators and admins, once the session has started. Marks the session held; each person present counts as one delivered service, and a mark changed away from present withdraws it.",
    tags,
    access: attendanceTakers,
    params: GroupSessionParams,
    body: RecordAttendanceBody,
    response: { 200: AttendanceRegister, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
