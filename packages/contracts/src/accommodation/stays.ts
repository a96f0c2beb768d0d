import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { OptionalIfMatchHeaders } from '../services/bookings.js'
import { ACCOMMODATION, FacilityKindSchema } from './facilities.js'

export const STAY_STATUSES = ['planned', 'checked_in', 'checked_out', 'cancelled'] as const
export type StayStatus = (typeof STAY_STATUSES)[number]
export const StayStatusSchema = Type.Enum([...STAY_STATUSES], {
  description: 'planned → checked_in → checked_out, or cancelled.',
  examples: ['checked_in'],
})

/** The crisis centre's exclusion checks at admission (DOMAIN.md "Crisis centre"). */
export const ADMISSION_REASONS = [
  'intoxicated_adult',
  'emergency_medical_care',
  'inpatient_psychiatric_care',
] as const
export type AdmissionReason = (typeof ADMISSION_REASONS)[number]

/** Who places, moves and checks people in and out; they also see where everyone stays. */
export const STAY_MANAGERS = ['accommodation_officer', 'coordinator'] as const

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })
const LOCATION = 'Null unless the caller may know where the person stays (`visibility: full`).'
const DayAfter = (description: string, example: string) =>
  Type.String({ format: 'date', description, examples: [example] })

export const Stay = Type.Object(
  {
    id: Uuid,
    visibility: Type.Enum(['full', 'limited'], {
      description:
        "`limited`: the caller may see the family but not where it stays (only accommodation officers, coordinators and the family's responsible case manager may); they learn only that the person is in temporary accommodation since `since`.",
      examples: ['full'],
    }),
    familyId: Uuid,
    personId: Uuid,
    personName: Type.String({ examples: ['Asta Petrauskienė'] }),
    status: StayStatusSchema,
    since: Type.String({ format: 'date', description: 'The check-in date.', examples: ['2026-11-26'] }),
    checkOut: Nullable(
      DayAfter('The planned check-out date, or the actual one once checked out.', '2026-12-10'),
      LOCATION,
    ),
    placementId: Nullable(Uuid, LOCATION),
    facilityId: Nullable(Uuid, LOCATION),
    facilityName: Nullable(Type.String({ examples: ['Krizinis apgyvendinimas'] }), LOCATION),
    facilityKind: Nullable(FacilityKindSchema, LOCATION),
    roomId: Nullable(Uuid, LOCATION),
    roomName: Nullable(Type.String({ examples: ['Kambarys 12'] }), LOCATION),
    bedId: Nullable(Uuid, LOCATION),
    bedLabel: Nullable(Type.String({ examples: ['Lova 1'] }), LOCATION),
    movedFromStayId: Nullable(
      Uuid,
      'The stay this one continues after a move; null otherwise or when limited.',
    ),
    checkedInAt: Nullable(Timestamp, 'Null until checked in, or when limited.'),
    checkedOutAt: Nullable(Timestamp, 'Null until checked out, or when limited.'),
    cancelReason: Nullable(Type.String(), 'Why it was cancelled; null otherwise or when limited.'),
    version: Type.Integer({
      description: 'Also sent as the ETag; send it back in If-Match to change the stay.',
    }),
  },
  { title: 'Stay', additionalProperties: false },
)
export type Stay = Static<typeof Stay>

export const Placement = Type.Object(
  { id: Uuid, familyId: Uuid, facilityId: Uuid, stays: Type.Array(Stay) },
  { title: 'Placement', additionalProperties: false },
)
export type Placement = Static<typeof Placement>

export const AdmissionChecks = Type.Object(
  {
    intoxicated: Type.Boolean({
      description: 'Under the influence of alcohol or drugs; refuses an adult only.',
    }),
    emergencyMedicalCare: Type.Boolean({ description: 'Needs emergency medical care.' }),
    inpatientPsychiatricCare: Type.Boolean({ description: 'Needs in-patient psychiatric care.' }),
  },
  {
    additionalProperties: false,
    description: 'The admission checks, answered for each person; any that holds refuses the admission.',
    examples: [{ intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }],
  },
)

const NO_CHECKS = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }

export const PlaceStaysBody = Type.Object(
  {
    familyId: Uuid,
    waitingRequestId: Type.Optional(
      Type.Union([Uuid, Type.Null()], {
        description:
          "The family's open waiting-list request this placement answers: it is marked placed once all its members are placed.",
      }),
    ),
    checkIn: LocalDate,
    checkOut: DayAfter(
      'After `checkIn`: the planned check-out date, the first day the bed is free.',
      '2026-12-10',
    ),
    members: Type.Array(
      Type.Object(
        { personId: Uuid, bedId: Uuid, admission: AdmissionChecks },
        { additionalProperties: false },
      ),
      {
        minItems: 1,
        maxItems: 20,
        description: 'Current members of the family, each in a bed of one facility.',
      },
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        familyId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        checkIn: '2026-11-26',
        checkOut: '2026-12-10',
        members: [
          {
            personId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
            bedId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
            admission: NO_CHECKS,
          },
        ],
      },
    ],
  },
)

export const ChangeStayBody = Type.Object(
  {
    checkOut: DayAfter(
      'The new planned check-out date: later extends the stay, earlier shortens it.',
      '2026-12-20',
    ),
  },
  { additionalProperties: false, examples: [{ checkOut: '2026-12-20' }] },
)

export const CheckOutStayBody = Type.Object(
  {
    on: Type.Optional(
      DayAfter(
        'The day the person left, after the check-in date; today (Europe/Vilnius) when omitted. The bed is free from that day.',
        '2026-12-05',
      ),
    ),
  },
  { additionalProperties: false, examples: [{}] },
)

export const CancelStayBody = Type.Object(
  { reason: FreeText(1000, { examples: ['Šeima apsigyveno pas gimines.'] }) },
  { additionalProperties: false, examples: [{ reason: 'Šeima apsigyveno pas gimines.' }] },
)

export const MoveStayBody = Type.Object(
  {
    bedId: Uuid,
    on: DayAfter(
      'The first night in the new bed: from the check-in date up to the day before check-out.',
      '2026-12-01',
    ),
  },
  {
    additionalProperties: false,
    examples: [{ bedId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b', on: '2026-12-01' }],
  },
)

/** A facility's stays over some weeks fit in a page or two; the web reads every page of its window. */
export const STAY_PAGE = { default: 200, maximum: 500 } as const

export const ListStaysQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: STAY_PAGE.maximum,
        default: STAY_PAGE.default,
        description: `Page size (1–${STAY_PAGE.maximum}).`,
        examples: [STAY_PAGE.default],
      }),
    ),
    cursor: PageQuery.cursor,
    familyId: Type.Optional(Uuid),
    facilityId: Type.Optional(Uuid),
    bedId: Type.Optional(Uuid),
    from: Type.Optional(LocalDate),
    to: Type.Optional(DayAfter('Stays with a night before this day.', '2026-12-31')),
    status: Type.Optional(StayStatusSchema),
  },
  { additionalProperties: false },
)

export const StayList = Page(Stay, 'StayList')

export const AdmissionRefusal = Type.Object(
  {
    id: Uuid,
    facilityId: Uuid,
    familyId: Uuid,
    personId: Uuid,
    personName: Type.String({ examples: ['Asta Petrauskienė'] }),
    reasons: Type.Array(Type.Enum([...ADMISSION_REASONS]), { examples: [['intoxicated_adult']] }),
    refusedBy: StaffRef,
    refusedAt: Timestamp,
  },
  { title: 'AdmissionRefusal', additionalProperties: false },
)
export type AdmissionRefusal = Static<typeof AdmissionRefusal>

export const AdmissionRefusalList = Type.Object(
  { items: Type.Array(AdmissionRefusal, { description: 'At most 200, newest first.' }) },
  { title: 'AdmissionRefusalList', additionalProperties: false },
)
export const ListAdmissionRefusalsQuery = Type.Object(
  { facilityId: Type.Optional(Uuid), familyId: Type.Optional(Uuid) },
  { additionalProperties: false },
)
export const StayParams = Type.Object({ stayId: Uuid }, { additionalProperties: false })

const tags = ['Temporary accommodation'] as const
const PLACEMENT_PROBLEMS = [
  'bed-taken',
  'person-already-staying',
  'bed-out-of-service',
  'stay-too-long',
  'adult-in-child-care',
  'family-not-open',
] as const

export const stayRoutes = {
  placeStays: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/placements`,
    operationId: 'placeStays',
    problems: [
      ...PLACEMENT_PROBLEMS,
      'admission-intoxicated',
      'admission-emergency-care',
      'admission-psychiatric-care',
      'waiting-request-closed',
      'waiting-request-mismatch',
    ],
    summary: "Place a family's members in beds of one facility, all or none",
    description:
      "Every member gets a stay for the nights [checkIn, checkOut) in Europe/Vilnius dates. Refused with 409 when a bed is taken (`bed-taken`), out of service (`bed-out-of-service`) or a person already stays somewhere on those nights (`person-already-staying`); 422 when the stay is longer than the facility takes (`stay-too-long`), an adult is placed in children's short-term care (`adult-in-child-care`) or an admission check holds (`admission-…`): such a refusal is kept and listed under admission refusals. With `waitingRequestId`, a request already closed is 409 `waiting-request-closed` and one of another family 422 `waiting-request-mismatch`.",
    tags,
    access: STAY_MANAGERS,
    body: PlaceStaysBody,
    response: { 201: Placement, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 422) },
  }),
  listStays: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/stays`,
    operationId: 'listStays',
    summary: 'List stays of a family, facility or bed',
    description:
      "Earliest check-in first, then by id, a page at a time: follow `nextCursor` until it is null to have them all. Others than accommodation officers and coordinators must name a family they may see; they get the family's stays with `visibility: limited` unless they are its responsible case manager.",
    tags,
    access: 'authenticated',
    querystring: ListStaysQuery,
    response: { 200: StayList, ...problems(400, 401, 403, 404) },
  }),
  getStay: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/stays/:stayId`,
    operationId: 'getStay',
    summary: 'Get a stay',
    description: 'Shown with `visibility: limited` to those who may see the family but not where it stays.',
    tags,
    access: 'authenticated',
    params: StayParams,
    response: { 200: Stay, ...problems(400, 401, 404) },
  }),
  changeStay: defineRoute({
    method: 'PATCH',
    path: `${ACCOMMODATION}/stays/:stayId`,
    operationId: 'changeStay',
    problems: [
      'invalid-transition',
      'bed-taken',
      'person-already-staying',
      'bed-out-of-service',
      'stay-too-long',
    ],
    summary: 'Extend or shorten a planned or current stay',
    tags,
    access: STAY_MANAGERS,
    params: StayParams,
    headers: IfMatchHeaders,
    body: ChangeStayBody,
    response: { 200: Stay, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 422, 428) },
  }),
  checkInStay: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/stays/:stayId/check-in`,
    operationId: 'checkInStay',
    problems: ['invalid-transition'],
    summary: 'Record that the person arrived',
    tags,
    access: STAY_MANAGERS,
    params: StayParams,
    headers: OptionalIfMatchHeaders,
    response: { 200: Stay, ...problems(400, 401, 403, 404, 409, 412) },
  }),
  checkOutStay: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/stays/:stayId/check-out`,
    operationId: 'checkOutStay',
    problems: ['invalid-transition', 'bed-taken', 'person-already-staying'],
    summary: 'Record that the person left; the bed is free from that day',
    tags,
    access: STAY_MANAGERS,
    params: StayParams,
    headers: OptionalIfMatchHeaders,
    body: CheckOutStayBody,
    response: { 200: Stay, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412) },
  }),
  cancelStay: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/stays/:stayId/cancel`,
    operationId: 'cancelStay',
    problems: ['invalid-transition'],
    summary: 'Cancel a planned stay and free its bed',
    tags,
    access: STAY_MANAGERS,
    params: StayParams,
    headers: OptionalIfMatchHeaders,
    body: CancelStayBody,
    response: { 200: Stay, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412) },
  }),
  moveStay: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/stays/:stayId/move`,
    operationId: 'moveStay',
    problems: ['invalid-transition', ...PLACEMENT_PROBLEMS],
    summary: 'Move the person to another bed from a day on',
    description:
      'One transaction: the stay ends on `on` and a new stay in the other bed continues it to the planned check-out. If the new stay is refused, the first is left as it was.',
    tags,
    access: STAY_MANAGERS,
    params: StayParams,
    headers: OptionalIfMatchHeaders,
    body: MoveStayBody,
    response: { 201: Stay, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 422) },
  }),
  listAdmissionRefusals: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/admission-refusals`,
    operationId: 'listAdmissionRefusals',
    summary: 'Admissions refused by the admission checks',
    tags,
    access: STAY_MANAGERS,
    querystring: ListAdmissionRefusalsQuery,
    response: { 200: AdmissionRefusalList, ...problems(400, 401, 403) },
  }),
} as const
