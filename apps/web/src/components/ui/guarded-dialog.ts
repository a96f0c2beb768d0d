import { useState } from 'react'
import { createDirtyScope, unsavedChanges } from '../../lib/unsaved-changes'

/**
 * For a dialog (Modal or Drawer) holding a form: `close` asks before discarding the form's unsaved changes.
 * Wrap the dialog's content in `<DirtyScopeProvider value={scope}>`.
 */
export const useGuardedClose = (onClose: () => void) => {
  const [scope] = useState(createDirtyScope)
  const close = () => {
    void unsavedChanges.askToLeave(scope.has()).then((leave) => {
      if (leave) onClose()
    })
  }
  return { scope, close }
}
