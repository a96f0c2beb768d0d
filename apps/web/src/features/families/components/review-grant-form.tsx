import { Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useReviewBreakGlass } from '../api/review-break-glass'
import { required } from './family-validation'

export const ReviewGrantForm = ({
  grant,
  onDone,
}: {
  grant: { id: string; reason: string; userName: string }
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const review = useReviewBreakGlass()
  const form = useForm({ initialValues: { note: '' }, validate: { note: required(t) } })
  return (
    <FormShell
      form={form}
      submit={(values) => review.mutateAsync({ grantId: grant.id, note: values.note.trim() })}
      successMessage={t('families.breakGlass.reviewed')}
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('families.breakGlass.review')}
    >
      <Text size="sm">
        <Text span fw={600}>
          {grant.userName}:{' '}
        </Text>
        {grant.reason}
      </Text>
      <Textarea
        label={t('families.breakGlass.note')}
        description={t('families.breakGlass.noteHint')}
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
        {...form.getInputProps('note')}
      />
    </FormShell>
  )
}
