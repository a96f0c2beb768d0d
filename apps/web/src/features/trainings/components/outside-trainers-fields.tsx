import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { emptyOutsideTrainer, type TrainingFormValues } from './training-form-values'

/** The API takes up to 10 trainers from elsewhere. */
const MAX_OUTSIDE_TRAINERS = 10

/** Trainers from elsewhere, each by name and organisation; the first keeps the plain labels. */
export const OutsideTrainersFields = ({ form }: { form: UseFormReturnType<TrainingFormValues> }) => {
  const { t } = useTranslation()
  const trainers = form.values.outsideTrainers
  const numbered = (key: 'outsideTrainer' | 'outsideTrainerOrganisation', i: number) =>
    i === 0 ? t(`trainings.form.${key}`) : t(`trainings.form.${key}Numbered`, { n: i + 1 })
  return (
    <Stack gap="xs" role="group" aria-label={t('trainings.form.outsideTrainers')}>
      {trainers.map((_, i) => (
        // Outside trainers have no identity of their own; their place in the list is it.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={i} align="flex-end" wrap="wrap">
          <TextInput
            label={numbered('outsideTrainer', i)}
            maxLength={200}
            style={{ flex: '1 1 14rem' }}
            {...form.getInputProps(`outsideTrainers.${i}.name`)}
          />
          <TextInput
            label={numbered('outsideTrainerOrganisation', i)}
            maxLength={200}
            style={{ flex: '1 1 14rem' }}
            {...form.getInputProps(`outsideTrainers.${i}.organisation`)}
          />
          {trainers.length > 1 ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('trainings.form.removeOutsideTrainer', { n: i + 1 })}
              onClick={() => form.removeListItem('outsideTrainers', i)}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {trainers.length < MAX_OUTSIDE_TRAINERS ? (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => form.insertListItem('outsideTrainers', { ...emptyOutsideTrainer })}
        >
          {t('trainings.form.addOutsideTrainer')}
        </Button>
      ) : null}
    </Stack>
  )
}
