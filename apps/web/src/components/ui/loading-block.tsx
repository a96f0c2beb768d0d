import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export const LoadingBlock = ({ fullPage = false }: { fullPage?: boolean }) => {
  const { t } = useTranslation()
  return (
    <Center mih={fullPage ? '100vh' : 160} role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  )
}
