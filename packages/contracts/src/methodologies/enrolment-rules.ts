import { type Static, Type } from 'typebox'

const Years = (description: string, example: number) =>
  Type.Integer({ minimum: 0, maximum: 25, description, examples: [example] })

const AgeRange = (description: string) =>
  Type.Object(
    {
      minYears: Years('The youngest age, in whole years, on the run’s first session.', 12),
      maxYears: Years('The oldest age, in whole years, on the run’s first session; at least `minYears`.', 16),
    },
    { additionalProperties: false, description },
  )

export const COUPLE_KINDS = ['ex_partners', 'expectant_parents'] as const
export type CoupleKind = (typeof COUPLE_KINDS)[number]

const Couples = (description: string, example: number) =>
  Type.Integer({ minimum: 1, maximum: 50, description, examples: [example] })

export const CoupleRule = Type.Object(
  {
    kind: Type.Enum([...COUPLE_KINDS], {
      description: 'Who the two partners are: separated parents or parents expecting a child.',
      examples: ['ex_partners'],
    }),
    bothRequired: Type.Boolean({
      description: 'Both partners must enrol: one alone is refused (No Kids in the Middle).',
    }),
    minCouples: Type.Optional(Couples('The fewest couples a run starts with.', 5)),
    maxCouples: Type.Optional(Couples('The most couples a run takes; at least `minCouples`.', 10)),
  },
  { additionalProperties: false },
)

/**
 * Who may enrol in a run of the methodology. This slice stores and validates the rules; enrolment checks
 * them. Every rule is optional: an empty object lets anyone enrol.
 */
export const EnrolmentRules = Type.Object(
  {
    couples: Type.Optional(CoupleRule),
    participantChildAge: Type.Optional(
      AgeRange('Children who take part themselves (a parallel children’s group) must be of this age.'),
    ),
    parentOfChildAged: Type.Optional(
      AgeRange('A parent enrols for a child of this age in the family (Group Teen Triple P: 12–16).'),
    ),
    duringPregnancy: Type.Optional(
      Type.Boolean({ description: 'Enrolment is open only while the family expects a child (SAFE).' }),
    ),
    courtProceedingsOnHold: Type.Optional(
      Type.Boolean({
        description: 'Enrolment records the parents’ agreement to put court proceedings on hold.',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Who may enrol in a run; checked when persons enrol.',
    examples: [
      {
        couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
        participantChildAge: { minYears: 4, maxYears: 18 },
        courtProceedingsOnHold: true,
      },
    ],
  },
)
export type EnrolmentRules = Static<typeof EnrolmentRules>
