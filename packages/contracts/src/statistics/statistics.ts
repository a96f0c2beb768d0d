import { type Static, Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { REFERRAL_STATUSES } from '../partners/referral-reference.js'
import { defineRoute } from '../route.js'

/** Counts below this are never published: a smaller group could point at a family. */
export const STATISTICS_MIN_COUNT = 5
/** The longest period one call covers, in months. */
export const STATISTICS_MAX_MONTHS = 36
/** The period a call without `from` and `to` covers: the last months up to the current Vilnius month. */
export const STATISTICS_DEFAULT_MONTHS = 12

const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$'

export const StatisticsMonth = Type.String({
  pattern: MONTH_PATTERN,
  description: 'A calendar month in Vilnius time, as YYYY-MM.',
  examples: ['2027-03'],
})

export const StatisticsQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        pattern: MONTH_PATTERN,
        description: `The first month (YYYY-MM); ${STATISTICS_DEFAULT_MONTHS - 1} months before \`to\` unless given.`,
        examples: ['2027-01'],
      }),
    ),
    to: Type.Optional(
      Type.String({
        pattern: MONTH_PATTERN,
        description: `The last month (YYYY-MM), at most ${STATISTICS_MAX_MONTHS} months including \`from\`; the current Vilnius month unless given.`,
        examples: ['2027-03'],
      }),
    ),
  },
  { additionalProperties: false },
)
export type StatisticsQuery = Static<typeof StatisticsQuery>

const Count = Type.Union([Type.Integer({ minimum: STATISTICS_MIN_COUNT }), Type.Null()], {
  description: `The count, or null when it is below ${STATISTICS_MIN_COUNT} (zero included) and so suppressed.`,
  examples: [7],
})
const Suppressed = Type.Boolean({
  description: `True when the count is below ${STATISTICS_MIN_COUNT} and withheld.`,
  examples: [false],
})

export const ReferralsCell = Type.Object(
  {
    month: StatisticsMonth,
    status: Type.Enum([...REFERRAL_STATUSES], { examples: ['accepted'] }),
    count: Count,
    suppressed: Suppressed,
  },
  { additionalProperties: false },
)

export const FamiliesServedCell = Type.Object(
  { month: StatisticsMonth, count: Count, suppressed: Suppressed },
  { additionalProperties: false },
)

export const ServiceDeliveredCell = Type.Object(
  { month: StatisticsMonth, count: Count, suppressed: Suppressed },
  { additionalProperties: false },
)

export const ServiceDelivered = Type.Object(
  {
    service: Type.Object(
      {
        id: Uuid,
        code: Type.String({ examples: ['PSY-IND'] }),
        nameLt: Type.String({ examples: ['Individuali psichologo konsultacija'] }),
        nameEn: Type.String({ examples: ['Individual psychological counselling'] }),
      },
      { additionalProperties: false },
    ),
    months: Type.Array(ServiceDeliveredCell, { description: 'Every month of the period, in order.' }),
  },
  { additionalProperties: false },
)

const StatisticsBody = Type.Object(
  {
    from: StatisticsMonth,
    to: StatisticsMonth,
    minimumCount: Type.Integer({
      description: 'Counts below this are suppressed.',
      examples: [STATISTICS_MIN_COUNT],
    }),
    referrals: Type.Array(ReferralsCell, {
      description:
        'Referrals the municipality sent to the centre, by the month received and their current status: every month and status of the period, by month then status.',
    }),
    familiesServed: Type.Array(FamiliesServedCell, {
      description:
        "The centre's families living in the municipality whose case was open at any time in the month: every month of the period, in order.",
    }),
    servicesDelivered: Type.Array(ServiceDelivered, {
      description:
        'Services the centre delivered to those families, by month; a service appears only when at least one of its months can be published. By code.',
    }),
  },
  { additionalProperties: false },
)
export type Statistics = Static<typeof StatisticsBody>

const EXAMPLE: Statistics = {
  from: '2027-02',
  to: '2027-03',
  minimumCount: STATISTICS_MIN_COUNT,
  referrals: [
    { month: '2027-02', status: 'received', count: null, suppressed: true },
    { month: '2027-02', status: 'accepted', count: 6, suppressed: false },
    { month: '2027-02', status: 'declined', count: null, suppressed: true },
    { month: '2027-02', status: 'case_closed', count: null, suppressed: true },
    { month: '2027-03', status: 'received', count: 5, suppressed: false },
    { month: '2027-03', status: 'accepted', count: null, suppressed: true },
    { month: '2027-03', status: 'declined', count: null, suppressed: true },
    { month: '2027-03', status: 'case_closed', count: null, suppressed: true },
  ],
  familiesServed: [
    { month: '2027-02', count: 23, suppressed: false },
    { month: '2027-03', count: 27, suppressed: false },
  ],
  servicesDelivered: [
    {
      service: {
        id: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
        code: 'PSY-IND',
        nameLt: 'Individuali psichologo konsultacija',
        nameEn: 'Individual psychological counselling',
      },
      months: [
        { month: '2027-02', count: 41, suppressed: false },
        { month: '2027-03', count: null, suppressed: true },
      ],
    },
  ],
}

export const Statistics = Type.Object(StatisticsBody.properties, {
  title: 'Statistics',
  additionalProperties: false,
  examples: [EXAMPLE],
})

export const statisticsRoutes = {
  getStatistics: defineRoute({
    method: 'GET',
    path: '/api/v1/statistics',
    operationId: 'getStatistics',
    summary: "Statistics that identify nobody, for the caller's municipality",
    description: [
      "For a partner municipality's API client: counts about the municipality and the centre that issued the client, and nobody else, by calendar month in Vilnius time.",
      '',
      '- `referrals`: referrals the municipality sent to the centre, by the month received and their current status.',
      "- `familiesServed`: the centre's families living in the municipality whose case was open at any time in the month.",
      '- `servicesDelivered`: services the centre delivered to those families, by service and month.',
      '',
      `**Suppression.** Every count below ${STATISTICS_MIN_COUNT}, zero included, is withheld: \`count\` is null and \`suppressed\` is true. A delivered-service cell is also withheld when the deliveries went to fewer than ${STATISTICS_MIN_COUNT} families. No totals are published (not per month, per status, per service nor overall), since a total less its published cells would give away a suppressed one. Every cell of the grid is listed, so a missing row never tells a zero from a small count; a service none of whose months may be published is left out.`,
      '',
      `The period is \`from\` to \`to\` inclusive, at most ${STATISTICS_MAX_MONTHS} months; by default the last ${STATISTICS_DEFAULT_MONTHS} months up to the current one. Each call is recorded in the centre's audit log.`,
    ].join('\n'),
    tags: ['Statistics'],
    access: { partnerScope: 'statistics:read' },
    querystring: StatisticsQuery,
    response: {
      200: Statistics,
      ...problems(400, 401, 403),
    },
  }),
} as const
