import { Anchor, Paper, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { CreateUserForm } from '../components/create-user-form'

export const CreateUserPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/users" size="sm" mb="xs">
        {t('users.backToList')}
      </Anchor>
      <PageHeader title={t('users.newTitle')} />
      <Paper withBorder p="lg">
        <CreateUserForm onCreated={(id) => navigate(`/users/${id}`)} onCancel={() => navigate('/users')} />
      </Paper>
    </Stack>
  )
}
