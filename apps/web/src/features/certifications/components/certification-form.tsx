import { Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { CERTIFICATION_LEVELS, type Certification, type CertificationLevel } from '@onestop/contracts'
import { defaultValidUntil } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { DayField } from '../../../components/ui/day-field'
import { FormShell } from '../../../components/ui/form-shell'
import { isApiError } from '../../../lib/api-error'
import { applyFormErrors } from '../../../lib/form-errors'
import { formatDay } from '../../../lib/format'
import { problemMessage } from '../../../lib/problem-message'
import { useCurrentUser } from '../../../lib/session-store'
import { useMethodologies } from '../../../reference/methodologies'
import { useColleagues } from '../../../reference/staff'
import { useCreateCertification, useUpdateCertification } from '../api/save-certification'
import {
  type CertificationFormValues,
  certificationFormOf,
  emptyCertificationForm,
  toCreateBody,
  toUpdateBody,
  validateCertificationForm,
} from './certification-form-values'
import { SupervisorSelect } from './supervisor-select'

const isLevel = (value: string | null): value is CertificationLevel =>
  CERTIFICATION_LEVELS.includes(value as CertificationLevel)

/**
 * Records a certification, or corrects one read at `certification.version` (its dates, proof and
 * supervisor; who, what and the level stay). A 412 offers to reload it, keeping what was typed.
 */
export const CertificationForm = ({
  certification,
  onDone,
  onReload,
}: {
  certification?: Certification
  onDone: () => void
  onReload?: () => Promise<unknown>
}) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const colleagues = useColleagues(user.organisationId)
  const methodologies = useMethodologies({ active: true })
  const create = useCreateCertification()
  const update = useUpdateCertification(certification?.id ?? '')
  const form = useForm<CertificationFormValues>({
    initialValues: certification ? certificationFormOf(certification) : emptyCertificationForm,
  })
  const { values } = form
  const methodology = methodologies.data?.items.find((m) => m.id === values.methodologyId)
  const defaultDay =
    methodology && values.certifiedOn
      ? defaultValidUntil(values.certifiedOn, methodology.certificationValidityMonths)
      : null

  const submit = (next: CertificationFormValues) => {
    if (!certification) return create.mutateAsync(toCreateBody(next))
    const body = toUpdateBody(next, certification)
    return Object.keys(body).length === 0
      ? undefined
      : update.mutateAsync({ version: certification.version, body })
  }
  const check = (next: CertificationFormValues) => {
    const errors = validateCertificationForm(next, t)
    if (certification && !next.validUntil) errors.validUntil = t('validation.required')
    return errors
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t(certification ? 'certifications.form.correctTitle' : 'certifications.form.newTitle')}
      problemTitle={t('certifications.form.refused')}
      check={check}
      submit={submit}
      successMessage={(saved) =>
        t(certification ? 'certifications.form.corrected' : 'certifications.form.recorded', {
          name: saved?.staff.name,
          methodology: saved?.methodology.name,
        })
      }
      onSaved={onDone}
      onCancel={onDone}
      onReload={onReload}
      record={certification && { version: certification.version, values: certificationFormOf(certification) }}
      onRefused={(error) => {
        if (isApiError(error) && error.type.endsWith('/supervisor-not-certified')) {
          form.setErrors({ supervisorId: problemMessage(error, t) })
          return true
        }
        return applyFormErrors(form, error)
      }}
      submitLabel={certification ? t('common.save') : t('certifications.form.create')}
    >
      {certification ? (
        <Text>
          {t('certifications.form.correcting', {
            name: certification.staff.name,
            methodology: certification.methodology.name,
            level: t(`certifications.levels.${certification.level}`),
          })}
        </Text>
      ) : (
        <>
          <Select
            label={t('certifications.fields.staff')}
            withAsterisk
            searchable
            data={(colleagues.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
            nothingFoundMessage={colleagues.isPending ? t('common.loading') : '—'}
            data-autofocus
            {...form.getInputProps('userId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('certifications.fields.methodology')}
              withAsterisk
              searchable
              data={(methodologies.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              nothingFoundMessage={methodologies.isPending ? t('common.loading') : '—'}
              {...form.getInputProps('methodologyId')}
            />
            <Select
              label={t('certifications.fields.level')}
              withAsterisk
              allowDeselect={false}
              data={CERTIFICATION_LEVELS.map((level) => ({
                value: level,
                label: t(`certifications.levels.${level}`),
              }))}
              {...form.getInputProps('level')}
              onChange={(level) => isLevel(level) && form.setFieldValue('level', level)}
            />
          </SimpleGrid>
        </>
      )}
      <Group grow align="flex-start">
        <DayField
          label={t('certifications.fields.certifiedOn')}
          withAsterisk
          {...form.getInputProps('certifiedOn')}
        />
        <DayField
          label={t('certifications.fields.validUntil')}
          description={
            !certification && defaultDay
              ? t('certifications.form.validUntilDefault', { day: formatDay(defaultDay, i18n.language) })
              : undefined
          }
          withAsterisk={Boolean(certification)}
          clearable={!certification}
          minDate={values.certifiedOn ?? undefined}
          {...form.getInputProps('validUntil')}
        />
      </Group>
      <TextInput
        label={t('certifications.fields.evidence')}
        description={t('certifications.form.evidenceHint')}
        maxLength={1000}
        {...form.getInputProps('evidence')}
      />
      {values.level === 'trainee' ? (
        <SupervisorSelect
          methodologyId={values.methodologyId}
          day={values.certifiedOn}
          traineeId={values.userId}
          value={values.supervisorId}
          onChange={(supervisorId) => form.setFieldValue('supervisorId', supervisorId)}
          error={form.errors.supervisorId}
        />
      ) : null}
    </FormShell>
  )
}
