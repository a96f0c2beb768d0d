import {
  Button,
  Checkbox,
  Divider,
  Fieldset,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { RECIPIENT_GROUPS, REFERRAL_SOURCES, RISK_FACTORS } from '@onestop/contracts'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, todayInVilnius } from '../../../lib/format'
import { MemberFields } from './member-fields'
import { emptyMember, type MemberValues } from './member-values'
import { MunicipalityField, type MunicipalityValues, municipalityText } from './municipality-field'

export interface IntakeMember extends MemberValues {
  key: string
}

export interface IntakeValues extends MunicipalityValues {
  referralSource: string | null
  referredAt: string
  violenceOrDangerReported: boolean
  riskFactors: string[]
  recipientGroups: string[]
  members: IntakeMember[]
}

export type IntakeForm = UseFormReturnType<IntakeValues>

// Random keys, so that members restored from a draft never share one with a member added now.
export const newIntakeMember = (): IntakeMember => ({ ...emptyMember(), key: crypto.randomUUID() })

export const ReferralStep = ({ form }: { form: IntakeForm }) => {
  const { t } = useTranslation()
  const fromCrs = form.values.referralSource === 'child_rights_service'
  return (
    <Stack maw={640}>
      <MunicipalityField
        choice={form.getInputProps('municipality')}
        other={form.getInputProps('municipalityOther')}
      />
      <Select
        label={t('families.fields.referralSource')}
        required
        data={REFERRAL_SOURCES.map((source) => ({
          value: source,
          label: t(`families.referralSources.${source}`),
        }))}
        {...form.getInputProps('referralSource')}
      />
      <TextInput
        label={t('families.fields.referredAt')}
        description={t('families.fields.referredAtHint')}
        type="date"
        max={todayInVilnius()}
        {...form.getInputProps('referredAt')}
      />
      <Switch
        label={t('families.fields.violence')}
        description={fromCrs ? t('families.fields.violenceHint') : t('families.fields.violenceOnlyCrs')}
        disabled={!fromCrs}
        {...form.getInputProps('violenceOrDangerReported', { type: 'checkbox' })}
      />
    </Stack>
  )
}

export const RisksStep = ({ form }: { form: IntakeForm }) => {
  const { t } = useTranslation()
  return (
    <Stack>
      <Checkbox.Group label={t('families.fields.riskFactors')} {...form.getInputProps('riskFactors')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {RISK_FACTORS.map((factor) => (
            <Checkbox key={factor} value={factor} label={t(`families.riskFactors.${factor}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group label={t('families.fields.recipientGroups')} {...form.getInputProps('recipientGroups')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {RECIPIENT_GROUPS.map((group) => (
            <Checkbox key={group} value={group} label={t(`families.recipientGroups.${group}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  )
}

export const MembersStep = ({ form }: { form: IntakeForm }) => {
  const { t } = useTranslation()
  return (
    <Stack>
      {form.values.members.length === 0 ? <Text c="dimmed">{t('families.intake.noMembers')}</Text> : null}
      {form.values.members.map((member, index) => (
        <Fieldset key={member.key} legend={t('families.intake.memberN', { n: index + 1 })}>
          <MemberFields
            inputProps={(field, checkbox) =>
              form.getInputProps(`members.${index}.${field}`, checkbox ? { type: 'checkbox' } : undefined)
            }
            validateField={(field) => form.validateField(`members.${index}.${field}`)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="subtle" color="red" onClick={() => form.removeListItem('members', index)}>
              {t('families.intake.removeMember', { n: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" onClick={() => form.insertListItem('members', newIntakeMember())}>
          {t('families.intake.addMember')}
        </Button>
      </Group>
    </Stack>
  )
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Group gap="xs" align="flex-start" wrap="nowrap">
    <Text fw={600} miw={220}>
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </Group>
)

export const ReviewStep = ({ form }: { form: IntakeForm }) => {
  const { t, i18n } = useTranslation()
  const v = form.values
  const none = t('families.intake.none')
  return (
    <Stack gap="xs">
      <Row label={t('families.fields.municipality')}>{municipalityText(v)}</Row>
      <Row label={t('families.fields.referralSource')}>
        {v.referralSource ? t(`families.referralSources.${v.referralSource}`) : none}
      </Row>
      <Row label={t('families.fields.referredAt')}>
        {formatDay(v.referredAt || todayInVilnius(), i18n.language)}
      </Row>
      {v.referralSource === 'child_rights_service' ? (
        <Row label={t('families.fields.violence')}>
          {v.violenceOrDangerReported ? t('common.yes') : t('common.no')}
        </Row>
      ) : null}
      <Row label={t('families.fields.riskFactors')}>
        {v.riskFactors.length > 0
          ? v.riskFactors.map((f) => t(`families.riskFactors.${f}`)).join(', ')
          : none}
      </Row>
      <Row label={t('families.fields.recipientGroups')}>
        {v.recipientGroups.length > 0
          ? v.recipientGroups.map((g) => t(`families.recipientGroups.${g}`)).join(', ')
          : none}
      </Row>
      <Divider my="xs" />
      <Row label={t('families.intake.steps.members')}>
        {v.members.length === 0 ? (
          none
        ) : (
          <List>
            {v.members.map((m) => (
              <List.Item key={m.key}>
                {`${m.givenName} ${m.familyName}`} · {m.role ? t(`families.memberRoles.${m.role}`) : none} ·{' '}
                {m.birthDate ? formatDay(m.birthDate, i18n.language) : none}
                {m.contactsConfidential ? ` · ${t('families.member.confidentialMarker')}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Row>
    </Stack>
  )
}
