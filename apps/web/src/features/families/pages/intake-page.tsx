import { Anchor, Paper, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { IntakeStepper } from '../components/intake-stepper'

export const IntakePage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/families" size="sm" mb="xs">
        {t('families.backToList')}
      </Anchor>
      <PageHeader title={t('families.intake.title')} />
      <Paper withBorder p="lg">
        <IntakeStepper onCreated={(family) => navigate(`/families/${family.id}`)} />
      </Paper>
    </Stack>
  )
}
