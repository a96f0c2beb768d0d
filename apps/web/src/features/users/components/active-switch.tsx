import { Button, Group, Modal, Switch, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { User } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useUpdateUser } from '../api/update-user'

/** Deactivating ends the user's sessions at once, so it asks first; reactivating does not. */
export const ActiveSwitch = ({ user }: { user: Static<typeof User> }) => {
  const { t } = useTranslation()
  const update = useUpdateUser(user.id)
  const [confirmOpen, confirm] = useDisclosure(false)

  const setActive = (active: boolean) =>
    update.mutate(
      { active },
      {
        onSuccess: (saved) => {
          confirm.close()
          notifySuccess(
            saved.active
              ? t('users.activated', { name: saved.name })
              : t('users.deactivated', { name: saved.name }),
          )
        },
        onError: (error) => notifyError(error, t),
      },
    )

  return (
    <>
      <Switch
        label={t('users.fields.active')}
        description={t('users.activeHint')}
        checked={user.active}
        disabled={update.isPending}
        onChange={(event) => (event.currentTarget.checked ? setActive(true) : confirm.open())}
      />
      <Modal opened={confirmOpen} onClose={confirm.close} title={t('users.deactivateTitle')} centered>
        <Text mb="lg">{t('users.deactivateMessage', { name: user.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('users.keepActive')}
          </Button>
          <Button color="red" loading={update.isPending} onClick={() => setActive(false)}>
            {t('users.deactivate')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
