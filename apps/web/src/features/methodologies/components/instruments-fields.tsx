import { Button, Checkbox, Fieldset, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { randomId } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { MethodologyFormValues } from './methodology-form-values'

const MAX_INSTRUMENTS = 20

/** The outcome instruments: each a name, its score range and which way is better; added and removed in place. */
export const InstrumentsFields = ({ form }: { form: UseFormReturnType<MethodologyFormValues> }) => {
  const { t } = useTranslation()
  const { instruments } = form.values
  const add = () =>
    form.insertListItem('instruments', {
      key: randomId(),
      id: null,
      name: '',
      scoreMin: 0,
      scoreMax: '',
      higherIsBetter: true,
    })
  return (
    <Fieldset legend={t('methodologies.sections.instruments')}>
      <Stack>
        {instruments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('methodologies.instruments.none')}
          </Text>
        ) : null}
        {instruments.map((instrument, index) => {
          const number = index + 1
          return (
            <Paper key={instrument.key} withBorder p="sm">
              <Stack gap="xs">
                <TextInput
                  label={t('methodologies.instruments.nameOf', { number })}
                  withAsterisk
                  maxLength={200}
                  {...form.getInputProps(`instruments.${index}.name`)}
                />
                <Group grow align="flex-start">
                  <NumberInput
                    label={t('methodologies.instruments.scoreMin')}
                    min={-10_000}
                    max={10_000}
                    {...form.getInputProps(`instruments.${index}.scoreMin`)}
                  />
                  <NumberInput
                    label={t('methodologies.instruments.scoreMax')}
                    min={-10_000}
                    max={10_000}
                    {...form.getInputProps(`instruments.${index}.scoreMax`)}
                  />
                </Group>
                <Group justify="space-between">
                  <Checkbox
                    label={t('methodologies.instruments.higherIsBetter')}
                    {...form.getInputProps(`instruments.${index}.higherIsBetter`, { type: 'checkbox' })}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => form.removeListItem('instruments', index)}
                    aria-label={t('methodologies.instruments.removeNamed', {
                      name: instrument.name.trim() || number,
                    })}
                  >
                    {t('methodologies.instruments.remove')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )
        })}
        <Group>
          <Button variant="default" onClick={add} disabled={instruments.length >= MAX_INSTRUMENTS}>
            {t('methodologies.instruments.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  )
}
