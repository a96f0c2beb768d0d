import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useSignOut } from '../api/sign-out'

export const SignOutButton = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const signOut = useSignOut()
  return (
    <Button
      variant="subtle"
      size="sm"
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
    >
      {t('auth.signOut')}
    </Button>
  )
}
