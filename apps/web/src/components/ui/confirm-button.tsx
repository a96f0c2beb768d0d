import { Button, type ButtonProps, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'

interface ConfirmButtonProps extends ButtonProps {
  label: string
  /** A fuller name for screen readers, e.g. naming the row the button acts on. */
  ariaLabel?: string
  title: string
  message: string
  /** Names the action, e.g. "Cancel the group"; never a bare "Confirm". */
  confirmLabel: string
  /** Names what closing without acting keeps, e.g. "Keep the group"; never a bare "Cancel". */
  keepLabel: string
  loading?: boolean
  onConfirm: () => Promise<unknown>
}

/** A button that asks before it acts; the dialog closes once the action succeeded. */
export const ConfirmButton = ({
  label,
  ariaLabel,
  title,
  message,
  confirmLabel,
  keepLabel,
  loading = false,
  onConfirm,
  color = 'red',
  ...buttonProps
}: ConfirmButtonProps) => {
  const [opened, { open, close }] = useDisclosure(false)
  const confirm = async () => {
    try {
      await onConfirm()
      close()
    } catch {
      // The caller has reported the error; keep the dialog open so the user can retry or cancel.
    }
  }
  return (
    <>
      <Button variant="light" color={color} onClick={open} aria-label={ariaLabel} {...buttonProps}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text mb="lg">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {keepLabel}
          </Button>
          <Button color={color} loading={loading} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
