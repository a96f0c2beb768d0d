import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  type Family,
  isRiskFactor,
  RECIPIENT_GROUPS,
  REFERRAL_SOURCES,
  RISK_FACTORS,
} from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '../../../components/ui/form-alerts'
import { useFormShell } from '../../../lib/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { familiesKeys } from '../../../reference/family-keys'
import { type UpdateFamilyInput, useUpdateFamily } from '../api/update-family'
import {
  applyFamilyFieldErrors,
  isRecipientGroup,
  isReferralSource,
  required,
  validatePastDate,
} from './family-validation'
import {
  MunicipalityField,
  municipalityBody,
  municipalityText,
  municipalityValues,
  validateMunicipality,
} from './municipality-field'

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

/** The details as the form holds them. */
const detailsValues = (family: Family) => ({
  ...municipalityValues(family.municipality),
  referralSource: family.referralSource as string | null,
  referredAt: family.referredAt,
  violenceOrDangerReported: family.violenceOrDangerReported,
  riskFactors: [...family.riskFactors] as string[],
  recipientGroups: [...family.recipientGroups] as string[],
})

/**
 * The family's referral and risk details. A new version of the family (someone else's save, read after a 412)
 * fills the fields the user has not touched; what they typed stays.
 */
export const DetailsTab = ({ family, canManage }: { family: Family; canManage: boolean }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateFamily(family.id)
  const form = useForm({
    initialValues: detailsValues(family),
    validate: {
      municipality: required(t),
      municipalityOther: (value, values) =>
        validateMunicipality(t, { ...values, municipalityOther: value }).municipalityOther,
      referralSource: required(t),
      referredAt: validatePastDate(t),
    },
  })
  const fromCrs = form.values.referralSource === 'child_rights_service'

  const submit = (values: typeof form.values) => {
    const source = isReferralSource(values.referralSource) ? values.referralSource : family.referralSource
    const violence = source === 'child_rights_service' && values.violenceOrDangerReported
    const changes: UpdateFamilyInput = {
      ...(municipalityText(values) !== family.municipality ? municipalityBody(values) : {}),
      ...(source !== family.referralSource ? { referralSource: source } : {}),
      ...(values.referredAt !== family.referredAt ? { referredAt: values.referredAt } : {}),
      ...(violence !== family.violenceOrDangerReported ? { violenceOrDangerReported: violence } : {}),
      ...(sameSet(values.riskFactors, family.riskFactors)
        ? {}
        : { riskFactors: values.riskFactors.filter(isRiskFactor) }),
      ...(sameSet(values.recipientGroups, family.recipientGroups)
        ? {}
        : { recipientGroups: values.recipientGroups.filter(isRecipientGroup) }),
    }
    if (Object.keys(changes).length === 0) {
      notifySuccess(t('families.details.noChanges'))
      return undefined
    }
    return update.mutateAsync({ version: family.version, body: changes })
  }
  const shell = useFormShell({
    form,
    submit,
    successMessage: t('families.details.saved'),
    record: { version: family.version, values: detailsValues(family) },
    onReload: () => queryClient.invalidateQueries({ queryKey: familiesKeys.detail(family.id) }),
    onRefused: (error) => applyFamilyFieldErrors(error, form),
  })

  return (
    <form onSubmit={shell.handleSubmit} noValidate>
      <Stack maw={860}>
        {canManage ? null : <Alert color="gray">{t('families.details.readOnly')}</Alert>}
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <MunicipalityField
                choice={form.getInputProps('municipality')}
                other={form.getInputProps('municipalityOther')}
              />
              <Select
                label={t('families.fields.referralSource')}
                required
                allowDeselect={false}
                disabled={!canManage}
                data={REFERRAL_SOURCES.map((s) => ({ value: s, label: t(`families.referralSources.${s}`) }))}
                {...form.getInputProps('referralSource')}
              />
              <TextInput
                label={t('families.fields.referredAt')}
                type="date"
                required
                max={todayInVilnius()}
                {...form.getInputProps('referredAt')}
              />
            </SimpleGrid>
            <Switch
              label={t('families.fields.violence')}
              description={fromCrs ? t('families.fields.violenceHint') : t('families.fields.violenceOnlyCrs')}
              disabled={!fromCrs || !canManage}
              {...form.getInputProps('violenceOrDangerReported', { type: 'checkbox' })}
            />
            <Checkbox.Group label={t('families.fields.riskFactors')} {...form.getInputProps('riskFactors')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {RISK_FACTORS.map((f) => (
                  <Checkbox key={f} value={f} label={t(`families.riskFactors.${f}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('families.fields.recipientGroups')}
              {...form.getInputProps('recipientGroups')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {RECIPIENT_GROUPS.map((g) => (
                  <Checkbox key={g} value={g} label={t(`families.recipientGroups.${g}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </fieldset>
        <Text size="sm" c="dimmed">
          {t('families.details.intakeBy')}: {family.intakeBy.name}
        </Text>
        <FormProblem shell={shell} />
        {canManage ? (
          <Group>
            <Button type="submit" loading={shell.pending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  )
}
