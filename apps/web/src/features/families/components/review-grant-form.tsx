import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
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
  const submit = form.onSubmit((values) =>
    review.mutate(
      { grantId: grant.id, note: values.note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('families.breakGlass.reviewed'))
          onDone()
        },
        onError: (error) => {
          if (!applyFormErrors(form, error)) notifyError(error, t)
        },
      },
    ),
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={review.isPending}>
            {t('families.breakGlass.review')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
