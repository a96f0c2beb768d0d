import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { NEEDS_AREAS, type NeedsArea, SEVERITY_RATINGS, type SeverityRating } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { type CreateAssessmentInput, useCreateAssessment } from '../api/create-assessment'
import { applyFamilyFieldErrors, validatePastDate } from './family-validation'

interface ItemRow {
  key: string
  area: NeedsArea
  item: string
  rating: string | null
  note: string
}

interface AssessmentValues {
  assessedOn: string
  strengths: string
  summary: string
  items: ItemRow[]
}

const isRating = (value: string | null): value is SeverityRating =>
  SEVERITY_RATINGS.includes(value as SeverityRating)

// Random keys, so that rows restored from a draft never share one with a row added now.
const newRow = (area: NeedsArea): ItemRow => ({
  key: crypto.randomUUID(),
  area,
  item: '',
  rating: null,
  note: '',
})

const toBody = (values: AssessmentValues): CreateAssessmentInput => {
  const summary = values.summary.trim()
  return {
    assessedOn: values.assessedOn,
    strengths: values.strengths.trim(),
    ...(summary ? { summary } : {}),
    items: values.items.flatMap((row) => {
      if (!isRating(row.rating)) return []
      const note = row.note.trim()
      return [{ area: row.area, item: row.item.trim(), rating: row.rating, ...(note ? { note } : {}) }]
    }),
  }
}

/** Records a needs assessment: items grouped by the ten areas, each with a required rating. */
export const AssessmentForm = ({
  familyId,
  onDone,
  onCancel,
}: {
  familyId: string
  onDone: () => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const create = useCreateAssessment(familyId)
  const form = useForm<AssessmentValues>({
    initialValues: { assessedOn: todayInVilnius(), strengths: '', summary: '', items: [] },
    validate: (values) => {
      const errors: Record<string, string | null> = {
        assessedOn: validatePastDate(t)(values.assessedOn),
        strengths: values.strengths.trim() ? null : t('validation.required'),
        items: values.items.length === 0 ? t('families.assessment.itemsRequired') : null,
      }
      values.items.forEach((row, index) => {
        errors[`items.${index}.item`] = row.item.trim() ? null : t('validation.required')
        errors[`items.${index}.rating`] = isRating(row.rating) ? null : t('validation.required')
      })
      return errors
    },
  })
  const ratingOptions = SEVERITY_RATINGS.map((r) => ({ value: r, label: t(`families.ratings.${r}`) }))

  return (
    <FormShell
      form={form}
      submit={(values) => create.mutateAsync(toBody(values))}
      draftKey={`assessment:${familyId}`}
      successMessage={t('families.assessment.saved')}
      onSaved={onDone}
      onCancel={onCancel}
      onRefused={applyFamilyFieldErrors}
      submitLabel={t('families.assessment.submit')}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('families.assessment.assessedOn')}
          required
          max={todayInVilnius()}
          {...form.getInputProps('assessedOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('families.assessment.strengths')}
        required
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('strengths')}
      />
      <Textarea
        label={t('families.assessment.summary')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('summary')}
      />
      <Stack gap={4}>
        <Text fw={600}>{t('families.assessment.items')}</Text>
        <Text size="sm" c="dimmed">
          {t('families.assessment.itemsHint')}
        </Text>
        {form.errors.items ? (
          <Text size="sm" c="red" role="alert">
            {form.errors.items}
          </Text>
        ) : null}
      </Stack>
      {NEEDS_AREAS.map((area) => {
        const areaName = t(`families.areas.${area}`)
        const rows = form.values.items
          .map((row, index) => ({ row, index }))
          .filter(({ row }) => row.area === area)
        return (
          <Fieldset key={area} legend={areaName} variant="filled">
            <Stack gap="xs">
              {rows.map(({ row, index }, n) => (
                <Group key={row.key} align="flex-start" gap="xs" wrap="wrap">
                  <TextInput
                    label={t('families.assessment.item')}
                    required
                    maxLength={200}
                    style={{ flex: '2 1 220px' }}
                    {...form.getInputProps(`items.${index}.item`)}
                  />
                  <Select
                    label={t('families.assessment.rating')}
                    required
                    allowDeselect={false}
                    data={ratingOptions}
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`items.${index}.rating`)}
                  />
                  <TextInput
                    label={t('families.assessment.note')}
                    maxLength={2000}
                    style={{ flex: '2 1 220px' }}
                    {...form.getInputProps(`items.${index}.note`)}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    mt={24}
                    aria-label={t('families.assessment.removeItem', { n: n + 1, area: areaName })}
                    onClick={() => form.removeListItem('items', index)}
                  >
                    ×
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    form.insertListItem('items', newRow(area))
                    form.clearFieldError('items')
                  }}
                >
                  {t('families.assessment.addItem', { area: areaName })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )
      })}
    </FormShell>
  )
}
