import { Paper, Radio, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { NOTE_TEXT_MAX_LENGTH, NOTE_VISIBILITIES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useCreateNote } from '../api/write-note'

type Visibility = (typeof NOTE_VISIBILITIES)[number]
const isVisibility = (value: string): value is Visibility => NOTE_VISIBILITIES.includes(value as Visibility)

export const NoteWriteForm = ({ familyId }: { familyId: string }) => {
  const { t } = useTranslation()
  const create = useCreateNote(familyId)
  const form = useForm({
    initialValues: { text: '', visibility: 'team' },
    validate: { text: (value) => (value.trim() ? null : t('validation.required')) },
  })
  return (
    <Paper withBorder p="md" component="section" aria-label={t('families.notes.write')}>
      <FormShell
        form={form}
        draftKey={`note:${familyId}`}
        submit={(values) =>
          create.mutateAsync({
            text: values.text,
            visibility: isVisibility(values.visibility) ? values.visibility : 'team',
          })
        }
        successMessage={t('families.notes.saved')}
        clearOnSave
        submitLabel={t('families.notes.save')}
      >
        <Textarea
          label={t('families.notes.write')}
          required
          autosize
          minRows={3}
          maxLength={NOTE_TEXT_MAX_LENGTH}
          {...form.getInputProps('text')}
        />
        <Radio.Group label={t('families.notes.visibility')} {...form.getInputProps('visibility')}>
          <Stack gap="xs" mt="xs">
            {NOTE_VISIBILITIES.map((v) => (
              <Radio
                key={v}
                value={v}
                label={t(`families.visibilities.${v}`)}
                description={t(`families.notes.visibilityHint.${v}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      </FormShell>
    </Paper>
  )
}
