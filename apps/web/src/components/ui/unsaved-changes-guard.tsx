import { Button, Group, Modal, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'
import { unsavedChanges, useAnyUnsavedChanges, useLeaveQuestion } from '../../lib/unsaved-changes'

/**
 * While a form holds unsaved changes, asks before the user leaves it: another page of the app, a closed
 * dialog, or (through the browser's own question) a reload or a closed tab. Mounted once, under the router.
 */
export const UnsavedChangesGuard = () => {
  const { t } = useTranslation()
  const dirty = useAnyUnsavedChanges()
  const question = useLeaveQuestion()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsavedChanges.any() &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  )

  useEffect(() => {
    if (!dirty) return
    const ask = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [dirty])

  const blocked = blocker.state === 'blocked'
  const answer = (leave: boolean) => {
    if (blocked) {
      if (leave) blocker.proceed()
      else blocker.reset()
    }
    question?.(leave)
  }

  return (
    <Modal
      opened={blocked || question !== null}
      onClose={() => answer(false)}
      title={t('forms.leaveTitle')}
      centered
    >
      <Text mb="lg">{t('forms.leaveMessage')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => answer(false)} data-autofocus>
          {t('forms.stay')}
        </Button>
        <Button color="red" onClick={() => answer(true)}>
          {t('forms.leave')}
        </Button>
      </Group>
    </Modal>
  )
}
