import { Anchor, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { GroupRunForm } from '../components/group-run-form'

export const NewGroupPage = () => {
  const { t } = useTranslation()
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/groups" size="sm" mb="xs">
        {t('groups.backToList')}
      </Anchor>
      <PageHeader title={t('groups.form.title')} />
      <GroupRunForm />
    </Stack>
  )
}
