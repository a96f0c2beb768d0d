import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useBreakGlass } from '../api/break-glass'
import { MIN_BREAK_GLASS_REASON } from './family-validation'

/** What a 404 for a family looks like, with emergency access for those allowed to ask for it. */
export const NoAccess = ({ familyId, mayBreakGlass }: { familyId: string; mayBreakGlass: boolean }) => {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure(false)
  const breakGlass = useBreakGlass(familyId)
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        value.trim().length >= MIN_BREAK_GLASS_REASON ? null : t('families.validation.reasonLength'),
    },
  })
  const submit = form.onSubmit((values) =>
    breakGlass.mutate(values.reason.trim(), {
      onSuccess: () => {
        notifySuccess(t('families.page.breakGlassDone'))
        close()
      },
      onError: (error) => {
        if (!applyFormErrors(form, error)) notifyError(error, t)
      },
    }),
  )
  return (
    <>
      <Alert color="orange" title={t('families.page.notFoundTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          {t('families.page.notFoundBody')}
          {mayBreakGlass ? (
            <Button color="red" variant="light" onClick={open}>
              {t('families.page.breakGlass')}
            </Button>
          ) : null}
        </Stack>
      </Alert>
      <Modal opened={opened} onClose={close} title={t('families.page.breakGlassTitle')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Alert color="orange">{t('families.page.breakGlassWarning')}</Alert>
            <Textarea
              label={t('families.page.breakGlassReason')}
              description={t('families.page.breakGlassHint')}
              required
              autosize
              minRows={3}
              maxLength={1000}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('families.page.breakGlassKeep')}
              </Button>
              <Button type="submit" color="red" loading={breakGlass.isPending}>
                {t('families.page.breakGlassSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
