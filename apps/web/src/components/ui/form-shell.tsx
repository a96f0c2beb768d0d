import { Button, type ButtonProps, Group, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { type FormShellOptions, useFormShell } from '../../lib/form-shell'
import { DraftNotice, FormProblem } from './form-alerts'

interface FormShellProps<Values extends object, Result> extends FormShellOptions<Values, Result> {
  children: ReactNode
  /** Names the action; "Save" unless given. */
  submitLabel?: string
  submitColor?: ButtonProps['color']
  /** Closing without saving; asks first when something was typed. No cancel button without it. */
  onCancel?: () => void
  /** Names what leaving keeps, e.g. "Keep the appointment"; "Cancel" unless given. */
  cancelLabel?: string
  ariaLabel?: string
  maw?: number
}

/**
 * A form with the app's one way of saving (see `useFormShell`): its fields, the draft notice and the refusal
 * above the buttons, submit (showing progress) and cancel.
 */
export const FormShell = <Values extends object, Result = unknown>({
  children,
  submitLabel,
  submitColor,
  onCancel,
  cancelLabel,
  ariaLabel,
  maw,
  ...options
}: FormShellProps<Values, Result>) => {
  const { t } = useTranslation()
  const shell = useFormShell(options)
  const cancel = onCancel ? () => shell.leave(onCancel) : undefined
  return (
    <form onSubmit={shell.handleSubmit} noValidate aria-label={ariaLabel}>
      <Stack maw={maw}>
        <DraftNotice shell={shell} />
        {children}
        <FormProblem shell={shell} />
        <Group justify="flex-end">
          {cancel ? (
            <Button variant="default" onClick={cancel}>
              {cancelLabel ?? t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" color={submitColor} loading={shell.pending}>
            {submitLabel ?? t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
