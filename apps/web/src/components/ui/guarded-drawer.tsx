import { Drawer, type DrawerProps } from '@mantine/core'
import { DirtyScopeProvider } from '../../lib/unsaved-changes'
import { useGuardedClose } from './guarded-dialog'

/** A Drawer holding a form: closing it with the form's changes unsaved asks first. */
export const GuardedDrawer = ({ onClose, children, ...props }: DrawerProps) => {
  const { scope, close } = useGuardedClose(onClose)
  return (
    <Drawer onClose={close} {...props}>
      <DirtyScopeProvider value={scope}>{children}</DirtyScopeProvider>
    </Drawer>
  )
}
