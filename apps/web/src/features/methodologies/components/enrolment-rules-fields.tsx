import { Checkbox, Fieldset, Group, NumberInput, Select, Stack, Switch } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { COUPLE_KINDS, type CoupleKind } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { MethodologyFormValues } from './methodology-form-values'

const isCoupleKind = (value: string | null): value is CoupleKind => COUPLE_KINDS.includes(value as CoupleKind)

const AgeRange = ({
  form,
  legend,
  min,
  max,
}: {
  form: UseFormReturnType<MethodologyFormValues>
  legend: string
  min: 'childAgeMin' | 'parentOfChildMin'
  max: 'childAgeMax' | 'parentOfChildMax'
}) => {
  const { t } = useTranslation()
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Group grow align="flex-start">
        <NumberInput
          label={t('methodologies.form.fromYears')}
          min={0}
          max={25}
          allowDecimal={false}
          {...form.getInputProps(min)}
        />
        <NumberInput
          label={t('methodologies.form.toYears')}
          min={0}
          max={25}
          allowDecimal={false}
          {...form.getInputProps(max)}
        />
      </Group>
    </Fieldset>
  )
}

/** Who may enrol in a run: couples, children's ages, pregnancy, court proceedings; all optional. */
export const EnrolmentRulesFields = ({ form }: { form: UseFormReturnType<MethodologyFormValues> }) => {
  const { t } = useTranslation()
  const couples = form.values.coupleKind !== null
  return (
    <Fieldset legend={t('methodologies.sections.enrolment')}>
      <Stack>
        <Select
          label={t('methodologies.form.couples')}
          description={t('methodologies.form.couplesHint')}
          placeholder={t('methodologies.form.noCouples')}
          clearable
          data={COUPLE_KINDS.map((kind) => ({ value: kind, label: t(`methodologies.coupleKinds.${kind}`) }))}
          {...form.getInputProps('coupleKind')}
          onChange={(kind) => form.setFieldValue('coupleKind', isCoupleKind(kind) ? kind : null)}
        />
        {couples ? (
          <>
            <Switch
              label={t('methodologies.form.bothPartners')}
              {...form.getInputProps('bothPartners', { type: 'checkbox' })}
            />
            <Group grow align="flex-start">
              <NumberInput
                label={t('methodologies.form.minCouples')}
                min={1}
                max={50}
                allowDecimal={false}
                {...form.getInputProps('minCouples')}
              />
              <NumberInput
                label={t('methodologies.form.maxCouples')}
                min={1}
                max={50}
                allowDecimal={false}
                {...form.getInputProps('maxCouples')}
              />
            </Group>
          </>
        ) : null}
        <AgeRange form={form} legend={t('methodologies.form.childAge')} min="childAgeMin" max="childAgeMax" />
        <AgeRange
          form={form}
          legend={t('methodologies.form.parentOfChild')}
          min="parentOfChildMin"
          max="parentOfChildMax"
        />
        <Checkbox
          label={t('methodologies.form.duringPregnancy')}
          {...form.getInputProps('duringPregnancy', { type: 'checkbox' })}
        />
        <Checkbox
          label={t('methodologies.form.courtProceedingsOnHold')}
          {...form.getInputProps('courtProceedingsOnHold', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  )
}
