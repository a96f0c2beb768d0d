import { Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { LocalDate } from '../families/family.js'
import { defineRoute } from '../route.js'
import { ProfessionSchema } from '../staff.js'
import { CERTIFICATION_MANAGERS, CERTIFICATIONS, CertificationLevelSchema } from './certifications.js'

export const COMPETENCE_STATUSES = ['certified', 'expiring', 'expired', 'in_training', 'none'] as const
export type CompetenceStatus = (typeof COMPETENCE_STATUSES)[number]
/** A certification lapsing within this many days shows as expiring. */
export const EXPIRING_WITHIN_DAYS = 90

export const CompetenceCell = Type.Object(
  {
    methodologyId: Uuid,
    status: Type.Enum([...COMPETENCE_STATUSES], {
      description:
        'Today: `certified` (accredited, supervisor or trainer), `expiring` (so, but the last valid day is within 90 days), `in_training` (a trainee), `expired` (only lapsed ones), `none`. Revoked certifications count for nothing.',
      examples: ['certified'],
    }),
    level: Type.Union([CertificationLevelSchema, Type.Null()], {
      description: 'The level of the certification the status comes from; the highest valid one.',
    }),
    validUntil: Type.Union([LocalDate, Type.Null()], {
      description: 'Its last valid day; for `expired`, that of the latest lapsed one.',
    }),
  },
  { additionalProperties: false },
)

export const CompetenceMatrix = Type.Object(
  {
    methodologies: Type.Array(
      Type.Object(
        { id: Uuid, name: Type.String({ examples: ['No Kids in the Middle'] }) },
        { additionalProperties: false },
      ),
      { description: 'The columns: active methodologies by name.' },
    ),
    staff: Type.Array(
      Type.Object(
        {
          id: Uuid,
          name: Type.String({ examples: ['Jurgita Petraitienė'] }),
          professions: Type.Array(ProfessionSchema),
          cells: Type.Array(CompetenceCell, { description: 'One per methodology, in the columns’ order.' }),
        },
        { additionalProperties: false },
      ),
      { description: 'The rows: active staff by name.' },
    ),
  },
  {
    title: 'CompetenceMatrix',
    additionalProperties: false,
    examples: [
      {
        methodologies: [{ id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', name: 'PUP' }],
        staff: [
          {
            id: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
            name: 'Jurgita Petraitienė',
            professions: ['psychologist'],
            cells: [
              {
                methodologyId: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
                status: 'expiring',
                level: 'accredited',
                validUntil: '2027-01-31',
              },
            ],
          },
        ],
      },
    ],
  },
)

export const CompetenceMatrixQuery = Type.Object(
  {
    siteId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Only staff with working hours at this site from today on.',
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
      }),
    ),
    profession: Type.Optional(ProfessionSchema),
  },
  { additionalProperties: false },
)

export const competenceMatrixRoutes = {
  getCompetenceMatrix: defineRoute({
    method: 'GET',
    path: `${CERTIFICATIONS}/matrix`,
    operationId: 'getCompetenceMatrix',
    summary: 'Who can run what: active staff × methodologies with the status of their certification',
    description:
      'For coordinators and admins. `siteId` keeps staff with working hours at the site today or later; `profession` those of the profession.',
    tags: ['Certifications'],
    access: CERTIFICATION_MANAGERS,
    querystring: CompetenceMatrixQuery,
    response: { 200: CompetenceMatrix, ...problems(400, 401, 403) },
  }),
} as const
