import { type Static, Type } from 'typebox'
import { Uuid } from '../common.js'
import { LocalDate } from '../families/family.js'
import { CertificationLevelSchema } from '../methodologies/certifications.js'
import { AttendanceStatusSchema } from '../services/reference.js'

/** Staff of the organisation, staff of a partner organisation, or someone from elsewhere. */
export const PARTICIPANT_KINDS = ['staff', 'partner_staff', 'outside'] as const
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number]
export const PARTICIPANT_STATUSES = ['enrolled', 'withdrawn'] as const
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number]
export const COMPLETIONS = ['completed', 'not_completed'] as const
export type Completion = (typeof COMPLETIONS)[number]
export const CompletionSchema = Type.Enum([...COMPLETIONS], { examples: ['completed'] })

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

export const TrainingParticipant = Type.Object(
  {
    id: Uuid,
    kind: Type.Enum([...PARTICIPANT_KINDS], { examples: ['staff'] }),
    userId: Nullable(Uuid, 'The staff member, of this or a partner organisation; null for an outside one.'),
    name: Type.String({ examples: ['Jurgita Petraitienė'] }),
    organisation: Type.String({ examples: ['Vilniaus kompleksinių paslaugų centras'] }),
    email: Nullable(Type.String({ examples: ['ona@savivaldybe.example'] }), 'An outside participant’s.'),
    status: Type.Enum([...PARTICIPANT_STATUSES], { examples: ['enrolled'] }),
    withdrawReason: Nullable(Type.String(), 'Why they withdrew; null unless withdrawn.'),
    attendance: Type.Array(
      Type.Object({ sessionId: Uuid, status: AttendanceStatusSchema }, { additionalProperties: false }),
      { description: 'The sessions attendance was taken for.' },
    ),
    completion: Nullable(CompletionSchema, 'Null until recorded.'),
    certification: Nullable(
      Type.Object(
        {
          id: Uuid,
          level: CertificationLevelSchema,
          certifiedOn: LocalDate,
          validUntil: Type.String({ format: 'date', examples: ['2034-03-03'] }),
          renewal: Type.Boolean({ description: 'True when a refresher renewed a certification.' }),
        },
        { additionalProperties: false },
      ),
      'The certification completing the training created or renewed, if any.',
    ),
  },
  { title: 'TrainingParticipant', additionalProperties: false },
)
export type TrainingParticipant = Static<typeof TrainingParticipant>
