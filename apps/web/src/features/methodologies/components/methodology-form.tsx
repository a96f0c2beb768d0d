import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { METHODOLOGY_FORMATS, type Methodology, type MethodologyFormat } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { useCreateMethodology, useUpdateMethodology } from '../api/save-methodology'
import { EnrolmentRulesFields } from './enrolment-rules-fields'
import { InstrumentsFields } from './instruments-fields'
import {
  emptyMethodologyForm,
  type MethodologyFormValues,
  methodologyFormErrors,
  methodologyFormOf,
  toCreateBody,
  toUpdateBody,
  validateMethodologyForm,
} from './methodology-form-values'

const isFormat = (value: string | null): value is MethodologyFormat =>
  METHODOLOGY_FORMATS.includes(value as MethodologyFormat)

/**
 * Adds a methodology, or edits one read at `methodology.version`: its description, delivery, certification,
 * enrolment rules and outcome instruments. A 412 offers to reload it, keeping what was typed.
 */
export const MethodologyForm = ({
  methodology,
  onSaved,
  onCancel,
  onReload,
}: {
  methodology?: Methodology
  onSaved: (saved: Methodology | undefined) => void
  onCancel: () => void
  onReload?: () => Promise<unknown>
}) => {
  const { t } = useTranslation()
  const create = useCreateMethodology()
  const update = useUpdateMethodology(methodology?.id ?? '')
  const form = useForm<MethodologyFormValues>({
    initialValues: methodology ? methodologyFormOf(methodology) : emptyMethodologyForm,
  })
  const submit = (values: MethodologyFormValues) => {
    if (!methodology) return create.mutateAsync(toCreateBody(values))
    const body = toUpdateBody(values, methodology)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ version: methodology.version, body })
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t(methodology ? 'methodologies.form.editTitle' : 'methodologies.form.newTitle')}
      problemTitle={t('methodologies.form.refused')}
      check={(values) => validateMethodologyForm(values, t)}
      submit={submit}
      successMessage={(saved) => t('methodologies.form.saved', { name: saved?.name ?? methodology?.name })}
      onSaved={onSaved}
      onCancel={onCancel}
      onReload={onReload}
      record={methodology && { version: methodology.version, values: methodologyFormOf(methodology) }}
      onRefused={(error) => {
        if (isApiError(error) && error.type.endsWith('/methodology-name-taken')) {
          form.setErrors({ name: t('methodologies.form.nameTaken') })
          return true
        }
        const errors = methodologyFormErrors(error)
        if (errors) form.setErrors(errors)
        return errors !== null && isApiError(error) && error.status === 400
      }}
      submitLabel={methodology ? t('common.save') : t('methodologies.form.create')}
      maw={760}
    >
      <TextInput
        label={t('methodologies.fields.name')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('methodologies.fields.shortDescription')}
        withAsterisk
        autosize
        minRows={3}
        maxLength={2000}
        {...form.getInputProps('shortDescription')}
      />
      <Textarea
        label={t('methodologies.fields.targetGroup')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('targetGroup')}
      />
      <Fieldset legend={t('methodologies.sections.delivery')}>
        <Stack>
          <Select
            label={t('methodologies.fields.format')}
            withAsterisk
            allowDeselect={false}
            data={METHODOLOGY_FORMATS.map((format) => ({
              value: format,
              label: t(`methodologies.formats.${format}`),
            }))}
            {...form.getInputProps('format')}
            onChange={(format) => isFormat(format) && form.setFieldValue('format', format)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('methodologies.fields.sessionCount')}
              withAsterisk
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps('sessionCount')}
            />
            <NumberInput
              label={t('methodologies.fields.sessionMinutes')}
              description={t('methodologies.form.optionalHint')}
              min={5}
              max={600}
              allowDecimal={false}
              {...form.getInputProps('sessionMinutes')}
            />
            <NumberInput
              label={t('methodologies.fields.maxGroupSize')}
              description={t('methodologies.form.optionalHint')}
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps('maxGroupSize')}
            />
            <NumberInput
              label={t('methodologies.fields.facilitatorsPerGroup')}
              withAsterisk
              min={1}
              max={10}
              allowDecimal={false}
              {...form.getInputProps('facilitatorsPerGroup')}
            />
            <NumberInput
              label={t('methodologies.fields.completionPercent')}
              description={t('methodologies.form.completionHint')}
              withAsterisk
              min={1}
              max={100}
              allowDecimal={false}
              suffix=" %"
              {...form.getInputProps('completionPercent')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('methodologies.sections.certification')}>
        <Stack>
          <Textarea
            label={t('methodologies.fields.certificationPath')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('certificationPath')}
          />
          <NumberInput
            label={t('methodologies.fields.certificationValidityMonths')}
            description={t('methodologies.form.validityHint')}
            withAsterisk
            min={1}
            max={240}
            allowDecimal={false}
            maw={320}
            {...form.getInputProps('certificationValidityMonths')}
          />
        </Stack>
      </Fieldset>
      <EnrolmentRulesFields form={form} />
      <InstrumentsFields form={form} />
    </FormShell>
  )
}
