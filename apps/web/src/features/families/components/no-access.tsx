import { Alert, Button, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { GuardedModal } from '../../../components/ui/guarded-modal'
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
      <GuardedModal opened={opened} onClose={close} title={t('families.page.breakGlassTitle')} centered>
        <FormShell
          form={form}
          submit={(values) => breakGlass.mutateAsync(values.reason.trim())}
          successMessage={t('families.page.breakGlassDone')}
          onSaved={close}
          onCancel={close}
          cancelLabel={t('families.page.breakGlassKeep')}
          submitLabel={t('families.page.breakGlassSubmit')}
          submitColor="red"
        >
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
        </FormShell>
      </GuardedModal>
    </>
  )
}
