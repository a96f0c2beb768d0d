import { Radio, Select, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { CONSENT_PURPOSES, type ConsentPurpose, type Member } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useRecordConsent } from '../api/record-consent'
import { applyFamilyFieldErrors, required } from './family-validation'

const isPurpose = (value: string | null): value is ConsentPurpose =>
  CONSENT_PURPOSES.includes(value as ConsentPurpose)

/** Records a member's consent, or its refusal or withdrawal; the history keeps every earlier record. */
export const ConsentForm = ({
  familyId,
  member,
  purpose,
  onDone,
}: {
  familyId: string
  member: Member
  purpose: ConsentPurpose
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const record = useRecordConsent(familyId)
  const form = useForm({
    initialValues: { purpose: purpose as string | null, given: '', note: '' },
    validate: { purpose: required(t), given: required(t) },
  })
  return (
    <FormShell
      form={form}
      submit={(values) => {
        if (!isPurpose(values.purpose)) return undefined
        const note = values.note.trim()
        return record.mutateAsync({
          memberId: member.id,
          body: { purpose: values.purpose, given: values.given === 'yes', ...(note ? { note } : {}) },
        })
      }}
      successMessage={t('families.consents.saved')}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={applyFamilyFieldErrors}
    >
      <Select
        label={t('families.consents.purpose')}
        required
        allowDeselect={false}
        data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`families.consentPurposes.${p}`) }))}
        {...form.getInputProps('purpose')}
      />
      <Radio.Group label={t('families.consents.decision')} required {...form.getInputProps('given')}>
        <Stack gap="xs" mt="xs">
          <Radio value="yes" label={t('families.consents.give')} data-autofocus />
          <Radio value="no" label={t('families.consents.withdraw')} />
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('families.consents.note')}
        description={t('families.consents.noteHint')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('note')}
      />
    </FormShell>
  )
}
