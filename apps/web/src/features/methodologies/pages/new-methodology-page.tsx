import { Anchor, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { MethodologyForm } from '../components/methodology-form'

export const NewMethodologyPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/methodologies" size="sm" mb="xs">
        {t('methodologies.backToList')}
      </Anchor>
      <PageHeader title={t('methodologies.form.newTitle')} />
      <MethodologyForm
        onSaved={(created) => void navigate(created ? `/methodologies/${created.id}` : '/methodologies')}
        onCancel={() => void navigate('/methodologies')}
      />
    </Stack>
  )
}
