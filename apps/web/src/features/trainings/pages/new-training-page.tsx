import { Anchor, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { TrainingForm } from '../components/training-form'

export const NewTrainingPage = () => {
  const { t } = useTranslation()
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/trainings" size="sm" mb="xs">
        {t('trainings.backToList')}
      </Anchor>
      <PageHeader title={t('trainings.form.title')} />
      <TrainingForm />
    </Stack>
  )
}
