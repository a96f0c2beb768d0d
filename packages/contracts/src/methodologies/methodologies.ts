import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders } from '../families/family.js'
import { defineRoute } from '../route.js'
import { EnrolmentRules } from './enrolment-rules.js'

export const METHODOLOGY_FORMATS = ['individual', 'group', 'parallel_groups'] as const
export type MethodologyFormat = (typeof METHODOLOGY_FORMATS)[number]
export const MethodologyFormatSchema = Type.Enum([...METHODOLOGY_FORMATS], {
  description:
    'How the programme is delivered: to one family at a time, to a group, or to parallel groups of parents and of their children.',
  examples: ['parallel_groups'],
})

const Version = Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change it.' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

const Score = (description: string, example: number) =>
  Type.Number({ minimum: -10_000, maximum: 10_000, description, examples: [example] })

const InstrumentFields = {
  name: FreeText(200, { examples: ['SDQ – bendri sunkumai'] }),
  scoreMin: Score('The lowest score the instrument gives.', 0),
  scoreMax: Score('The highest score the instrument gives; above `scoreMin`.', 40),
  higherIsBetter: Type.Boolean({
    description: 'Whether a higher score is a better outcome (false for a difficulties scale).',
  }),
}

export const OutcomeInstrument = Type.Object(
  { id: Uuid, ...InstrumentFields, name: Type.String({ examples: ['SDQ – bendri sunkumai'] }) },
  { title: 'OutcomeInstrument', additionalProperties: false },
)
export type OutcomeInstrument = Static<typeof OutcomeInstrument>

const Fields = {
  name: FreeText(200, { examples: ['No Kids in the Middle'] }),
  shortDescription: FreeText(2000, {
    examples: ['Grupinė programa aukšto konflikto išsiskyrusiems tėvams ir jų vaikams.'],
  }),
  targetGroup: FreeText(1000, {
    examples: ['Išsiskyrę aukšto konflikto tėvai; vaikai 4–18 metų.'],
  }),
  format: MethodologyFormatSchema,
  sessionCount: Type.Integer({
    minimum: 1,
    maximum: 200,
    description:
      'How many sessions (or modules) the programme has; fidelity counts delivered ones against it.',
    examples: [8],
  }),
  sessionMinutes: Nullable(
    Type.Integer({ minimum: 5, maximum: 600, examples: [120] }),
    'How long a session lasts, in minutes; null when the programme does not fix it.',
  ),
  maxGroupSize: Nullable(
    Type.Integer({ minimum: 1, maximum: 200, examples: [12] }),
    'The most participants of a group; null for an individual programme or no limit.',
  ),
  facilitatorsPerGroup: Type.Integer({
    minimum: 1,
    maximum: 10,
    description: 'How many certified staff facilitate each group or visit.',
    examples: [2],
  }),
  certificationPath: FreeText(2000, {
    description: 'How a practitioner becomes certified.',
    examples: ['Trijų dienų mokymai, pirmoji grupė su supervizija, nuolatinė kolegų peržiūra.'],
  }),
  certificationValidityMonths: Type.Integer({
    minimum: 1,
    maximum: 240,
    description:
      'How long a certification is valid, in months: the default `validUntil` of a new certification. The programmes publish none, so each organisation sets its own.',
    examples: [36],
  }),
  completionShare: Type.Number({
    minimum: 0.01,
    maximum: 1,
    description: 'The share of sessions a participant must attend to complete the programme.',
    examples: [0.75],
  }),
  enrolmentRules: EnrolmentRules,
}

export const Methodology = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    ...Fields,
    name: Type.String({ examples: ['No Kids in the Middle'] }),
    shortDescription: Type.String(),
    targetGroup: Type.String(),
    certificationPath: Type.String(),
    outcomeInstruments: Type.Array(OutcomeInstrument, {
      description: 'The instruments it measures with, by name.',
    }),
    active: Type.Boolean({ description: 'An inactive methodology takes no new runs or certifications.' }),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Methodology', additionalProperties: false },
)
export type Methodology = Static<typeof Methodology>

const NewInstrument = Type.Object(InstrumentFields, { additionalProperties: false })
const KeptInstrument = Type.Object(
  {
    id: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'An instrument of the methodology to keep and change; none adds one.',
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
      }),
    ),
    ...InstrumentFields,
  },
  { additionalProperties: false },
)

const EXAMPLE = {
  name: 'No Kids in the Middle',
  shortDescription: 'Grupinė programa aukšto konflikto išsiskyrusiems tėvams ir jų vaikams.',
  targetGroup: 'Išsiskyrę aukšto konflikto tėvai; vaikai 4–18 metų.',
  format: 'parallel_groups',
  sessionCount: 8,
  sessionMinutes: 120,
  maxGroupSize: 12,
  facilitatorsPerGroup: 2,
  certificationPath: 'Trijų dienų mokymai, pirmoji grupė su supervizija, nuolatinė kolegų peržiūra.',
  certificationValidityMonths: 36,
  completionShare: 0.75,
  enrolmentRules: {
    couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
    participantChildAge: { minYears: 4, maxYears: 18 },
    courtProceedingsOnHold: true,
  },
  outcomeInstruments: [{ name: 'Tėvų konfliktas', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
}

export const CreateMethodologyBody = Type.Object(
  {
    ...Fields,
    sessionMinutes: Type.Optional(Fields.sessionMinutes),
    maxGroupSize: Type.Optional(Fields.maxGroupSize),
    completionShare: Type.Optional(Fields.completionShare),
    enrolmentRules: Type.Optional(Fields.enrolmentRules),
    outcomeInstruments: Type.Optional(
      Type.Array(NewInstrument, {
        maxItems: 20,
        description: 'The instruments it measures with; names differ from one another.',
      }),
    ),
  },
  { additionalProperties: false, examples: [EXAMPLE] },
)

export const UpdateMethodologyBody = Type.Object(
  {
    name: Type.Optional(Fields.name),
    shortDescription: Type.Optional(Fields.shortDescription),
    targetGroup: Type.Optional(Fields.targetGroup),
    format: Type.Optional(Fields.format),
    sessionCount: Type.Optional(Fields.sessionCount),
    sessionMinutes: Type.Optional(Fields.sessionMinutes),
    maxGroupSize: Type.Optional(Fields.maxGroupSize),
    facilitatorsPerGroup: Type.Optional(Fields.facilitatorsPerGroup),
    certificationPath: Type.Optional(Fields.certificationPath),
    certificationValidityMonths: Type.Optional(Fields.certificationValidityMonths),
    completionShare: Type.Optional(Fields.completionShare),
    enrolmentRules: Type.Optional(Fields.enrolmentRules),
    outcomeInstruments: Type.Optional(
      Type.Array(KeptInstrument, {
        maxItems: 20,
        description:
          'The whole new list: listed ids are kept and changed, entries without an id are added, instruments not listed are removed.',
      }),
    ),
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ certificationValidityMonths: 24, completionShare: 0.8 }],
  },
)

export const ListMethodologiesQuery = Type.Object(
  { active: Type.Optional(Type.Boolean({ description: 'Only active (true) or inactive (false) ones.' })) },
  { additionalProperties: false },
)
export const MethodologyList = Type.Object(
  { items: Type.Array(Methodology, { description: 'By name.' }) },
  { title: 'MethodologyList', additionalProperties: false },
)
export const MethodologyParams = Type.Object({ methodologyId: Uuid }, { additionalProperties: false })

export const METHODOLOGIES = '/api/v1/methodologies'
const tags = ['Methodologies'] as const

export const methodologyRoutes = {
  listMethodologies: defineRoute({
    method: 'GET',
    path: METHODOLOGIES,
    operationId: 'listMethodologies',
    summary: "List the organisation's methodologies with their rules and instruments",
    description: 'Every staff member reads the catalogue of evidence-based programmes, by name.',
    tags,
    access: 'authenticated',
    querystring: ListMethodologiesQuery,
    response: { 200: MethodologyList, ...problems(400, 401) },
  }),
  getMethodology: defineRoute({
    method: 'GET',
    path: `${METHODOLOGIES}/:methodologyId`,
    operationId: 'getMethodology',
    summary: 'Get a methodology',
    description: 'With its enrolment rules and outcome instruments; the ETag is its version.',
    tags,
    access: 'authenticated',
    params: MethodologyParams,
    response: { 200: Methodology, ...problems(400, 401, 404) },
  }),
  createMethodology: defineRoute({
    method: 'POST',
    path: METHODOLOGIES,
    operationId: 'createMethodology',
    problems: ['methodology-name-taken'],
    summary: 'Add a methodology',
    description:
      'Names are unique within the organisation (409 `methodology-name-taken`). Ranges in the enrolment rules and instrument scores must not be upside down (400).',
    tags,
    access: ['admin'],
    body: CreateMethodologyBody,
    response: { 201: Methodology, ...problems(...BODY_PROBLEMS, 401, 403, 409) },
  }),
  updateMethodology: defineRoute({
    method: 'PATCH',
    path: `${METHODOLOGIES}/:methodologyId`,
    operationId: 'updateMethodology',
    problems: ['methodology-name-taken', 'instrument-in-use'],
    summary: "Change a methodology's description, settings, rules or instruments, or retire it",
    description:
      'A new certification validity applies to certifications recorded from now on. `outcomeInstruments`, when sent, is the whole new list; an instrument with recorded scores can be neither removed nor narrowed past one of them (409 `instrument-in-use`).',
    tags,
    access: ['admin'],
    params: MethodologyParams,
    headers: IfMatchHeaders,
    body: UpdateMethodologyBody,
    response: { 200: Methodology, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
