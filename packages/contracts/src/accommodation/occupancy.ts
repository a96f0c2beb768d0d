import { type Static, Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { LocalDate } from '../families/family.js'
import { defineRoute } from '../route.js'
import { ACCOMMODATION, FacilityKindSchema, FacilityParams } from './facilities.js'
import { STAY_MANAGERS } from './stays.js'

/** The longest range occupancy and nights are counted over, in days. */
export const MAX_COUNT_RANGE_DAYS = 366

const Until = Type.String({
  format: 'date',
  description: `After \`from\`, at most ${MAX_COUNT_RANGE_DAYS} days later: the first day not counted (the range is half-open).`,
  examples: ['2026-12-01'],
})
const Count = (description: string) => Type.Integer({ minimum: 0, description })

export const OccupancyQuery = Type.Object(
  { facilityId: Uuid, from: LocalDate, to: Until },
  { additionalProperties: false },
)

export const OccupancyDay = Type.Object(
  {
    date: LocalDate,
    beds: Count('Beds of the facility.'),
    inService: Count('Beds in use and not out of service that night.'),
    occupied: Count('Stays checked in (or since checked out) covering that night.'),
    reserved: Count('Planned stays covering that night.'),
    free: Count('In service − occupied − reserved, never below 0.'),
    occupancyRate: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
      description:
        'Occupied / in service, 0–1 (above 1 only if someone sleeps in a bed out of service); null with no bed in service.',
      examples: [0.75],
    }),
  },
  { additionalProperties: false },
)

export const Occupancy = Type.Object(
  {
    facilityId: Uuid,
    from: LocalDate,
    to: Until,
    days: Type.Array(OccupancyDay, { description: 'One per night from `from` to the day before `to`.' }),
    staysEnded: Count(
      'Stays checked out in the range (a move to another bed continues a stay; it does not end it).',
    ),
    averageLengthOfStay: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
      description:
        'Average nights of the stays ended in the range, counted from the first night including any moves; null when none ended.',
      examples: [12.5],
    }),
  },
  { title: 'Occupancy', additionalProperties: false },
)
export type Occupancy = Static<typeof Occupancy>

export const Resident = Type.Object(
  {
    stayId: Uuid,
    familyId: Uuid,
    personId: Uuid,
    personName: Type.String({ examples: ['Asta Petrauskienė'] }),
    roomId: Uuid,
    roomName: Type.String({ examples: ['Kambarys 12'] }),
    bedId: Uuid,
    bedLabel: Type.String({ examples: ['Lova 1'] }),
    since: Type.String({
      format: 'date',
      description: 'The first night in this bed.',
      examples: ['2026-11-26'],
    }),
    plannedCheckOut: Type.String({ format: 'date', examples: ['2026-12-10'] }),
  },
  { additionalProperties: false },
)
export type Resident = Static<typeof Resident>

export const ResidentList = Type.Object(
  {
    date: Type.String({ format: 'date', description: 'Tonight (Europe/Vilnius).', examples: ['2026-11-26'] }),
    items: Type.Array(Resident, { description: 'By room, then bed.' }),
  },
  { title: 'ResidentList', additionalProperties: false },
)
export type ResidentList = Static<typeof ResidentList>

export const NightsQuery = Type.Object(
  { from: LocalDate, to: Until, facilityId: Type.Optional(Uuid) },
  { additionalProperties: false },
)

const Nights = Count('Person-nights: one per person per night.')

export const NightCounts = Type.Object(
  {
    from: LocalDate,
    to: Until,
    total: Nights,
    byKind: Type.Array(
      Type.Object({ kind: FacilityKindSchema, nights: Nights }, { additionalProperties: false }),
      {
        description: 'Every kind of facility, in the order of the kinds.',
      },
    ),
    byFacility: Type.Array(
      Type.Object(
        {
          facilityId: Uuid,
          facilityName: Type.String({ examples: ['Krizinis apgyvendinimas'] }),
          kind: FacilityKindSchema,
          nights: Nights,
        },
        { additionalProperties: false },
      ),
      { description: "The organisation's facilities (or the one asked for) by name, also those with none." },
    ),
  },
  { title: 'NightCounts', additionalProperties: false },
)
export type NightCounts = Static<typeof NightCounts>

const tags = ['Temporary accommodation'] as const

export const occupancyRoutes = {
  getOccupancy: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/occupancy`,
    operationId: 'getOccupancy',
    summary: "A facility's beds, occupied, reserved and free per night, and the average length of stay",
    description: `Counts only, no names: every staff member may see them. The range is [from, to), at most ${MAX_COUNT_RANGE_DAYS} days.`,
    tags,
    access: 'authenticated',
    querystring: OccupancyQuery,
    response: { 200: Occupancy, ...problems(400, 401, 404) },
  }),
  listResidents: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/facilities/:facilityId/residents`,
    operationId: 'listResidents',
    summary: 'Who is in the house tonight: name, room, bed and since, for the night shift and evacuation',
    description: 'Checked-in stays covering tonight (Europe/Vilnius).',
    tags,
    access: STAY_MANAGERS,
    params: FacilityParams,
    response: { 200: ResidentList, ...problems(400, 401, 403, 404) },
  }),
  countNights: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/nights`,
    operationId: 'countNights',
    summary: 'Person-nights for indicators, per kind of facility and per facility',
    description: `Nights of stays checked in or checked out in [from, to), at most ${MAX_COUNT_RANGE_DAYS} days. Counts only.`,
    tags,
    access: 'authenticated',
    querystring: NightsQuery,
    response: { 200: NightCounts, ...problems(400, 401, 404) },
  }),
} as const
