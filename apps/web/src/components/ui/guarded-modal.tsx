import { Modal, type ModalProps } from '@mantine/core'
import { DirtyScopeProvider } from '../../lib/unsaved-changes'
import { useGuardedClose } from './guarded-dialog'

/** A Modal holding a form: closing it with the form's changes unsaved asks first. */
export const GuardedModal = ({ onClose, children, ...props }: ModalProps) => {
  const { scope, close } = useGuardedClose(onClose)
  return (
    <Modal onClose={close} {...props}>
      <DirtyScopeProvider value={scope}>{children}</DirtyScopeProvider>
    </Modal>
  )
}
