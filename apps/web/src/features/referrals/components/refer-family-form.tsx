import { Alert, Checkbox, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  type Family,
  isRiskFactor,
  REFERRAL_URGENCIES,
  type ReferralUrgency,
  RISK_FACTORS,
} from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { useCurrentUser } from '../../../lib/session-store'
import { useMembers } from '../../../reference/family-members'
import { useOrganisations } from '../../../reference/organisations'
import { useReferFamily } from '../api/family-referrals'

interface ReferValues {
  toOrganisationId: string | null
  memberIds: string[]
  urgency: ReferralUrgency
  riskFactors: string[]
  reason: string
  consentConfirmed: boolean
  consentNote: string
}

/**
 * Refers chosen members of the family to another organisation of this deployment (e.g. a mother and her
 * children to a crisis centre). Nobody is chosen at first: who goes is a decision, not a default.
 */
export const ReferFamilyForm = ({ family, onDone }: { family: Family; onDone: () => void }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const members = useMembers(family.id)
  const organisations = useOrganisations()
  const refer = useReferFamily(family.id)
  const form = useForm<ReferValues>({
    initialValues: {
      toOrganisationId: null,
      memberIds: [],
      urgency: 'routine',
      riskFactors: [...family.riskFactors],
      reason: '',
      consentConfirmed: false,
      consentNote: '',
    },
    validate: {
      toOrganisationId: (value) => (value ? null : t('validation.required')),
      memberIds: (value) => (value.length > 0 ? null : t('referrals.refer.membersRequired')),
      reason: (value) => (value.trim() ? null : t('validation.required')),
      consentConfirmed: (value) => (value ? null : t('referrals.refer.consentRequired')),
    },
  })
  return (
    <SectionShell query={bothQueries(members, organisations)}>
      {([memberList, organisationList]) => {
        const receivers = organisationList.items.filter(
          (o) => o.kind !== 'municipality' && o.id !== user.organisationId,
        )
        return (
          <FormShell
            form={form}
            ariaLabel={t('referrals.refer.title')}
            submitLabel={t('referrals.refer.submit')}
            problemTitle={t('referrals.refer.refused')}
            successMessage={t('referrals.refer.done')}
            draftKey={`family-referral:${family.id}`}
            submit={(values) => {
              if (!values.toOrganisationId) return undefined
              const consentNote = values.consentNote.trim()
              return refer.mutateAsync({
                toOrganisationId: values.toOrganisationId,
                memberIds: values.memberIds,
                urgency: values.urgency,
                riskFactors: values.riskFactors.filter(isRiskFactor),
                reason: values.reason.trim(),
                consentConfirmed: true,
                ...(consentNote ? { consentNote } : {}),
              })
            }}
            onSaved={onDone}
            onCancel={onDone}
          >
            <Select
              label={t('referrals.refer.to')}
              required
              searchable
              data-autofocus
              data={receivers.map((o) => ({ value: o.id, label: `${o.name} (${o.municipality})` }))}
              nothingFoundMessage={t('referrals.refer.noOrganisations')}
              {...form.getInputProps('toOrganisationId')}
            />
            <Checkbox.Group
              label={t('referrals.refer.members')}
              description={t('referrals.refer.membersHint')}
              required
              {...form.getInputProps('memberIds')}
            >
              <Stack gap="xs" mt="xs">
                {memberList.items.map((member) => (
                  <Checkbox
                    key={member.id}
                    value={member.id}
                    label={`${member.givenName} ${member.familyName} · ${t(`families.memberRoles.${member.role}`)}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Radio.Group label={t('referrals.refer.urgency')} required {...form.getInputProps('urgency')}>
              <Stack gap="xs" mt="xs">
                {REFERRAL_URGENCIES.map((urgency) => (
                  <Radio
                    key={urgency}
                    value={urgency}
                    label={t(`referrals.urgencies.${urgency}`)}
                    description={t(`referrals.refer.urgencyHints.${urgency}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('referrals.fields.reason')}
              description={t('referrals.refer.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={4000}
              {...form.getInputProps('reason')}
            />
            <Checkbox.Group label={t('referrals.fields.riskFactors')} {...form.getInputProps('riskFactors')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {RISK_FACTORS.map((factor) => (
                  <Checkbox key={factor} value={factor} label={t(`families.riskFactors.${factor}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Alert color="blue" role="note">
              {t('referrals.refer.whatGoes')}
            </Alert>
            <Checkbox
              label={t('referrals.refer.consent')}
              required
              {...form.getInputProps('consentConfirmed', { type: 'checkbox' })}
            />
            <Textarea
              label={t('referrals.fields.consentNote')}
              description={t('referrals.refer.consentNoteHint')}
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('consentNote')}
            />
          </FormShell>
        )
      }}
    </SectionShell>
  )
}
