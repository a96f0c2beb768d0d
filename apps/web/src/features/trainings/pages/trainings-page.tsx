import { Button, Stack, Tabs } from '@mantine/core'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { PageHeader } from '../../../components/ui/page-header'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { useTrainings } from '../api/list-trainings'
import { TrainingCalendar, type VisibleDays } from '../components/training-calendar'
import { TrainingHoursTable } from '../components/training-hours-table'

/** The organisation's trainings on a calendar, planning a new one, and everyone's training hours. */
export const TrainingsPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [visible, setVisible] = useState<VisibleDays | null>(null)
  const trainings = useTrainings(visible ? { from: visible.from, to: visible.to } : {})
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('trainings.title')}
        actions={
          may(user, routes.createTraining) ? (
            <Button component={Link} to="/trainings/new">
              {t('trainings.new')}
            </Button>
          ) : null
        }
      />
      <Tabs defaultValue="calendar" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="calendar">{t('trainings.tabs.calendar')}</Tabs.Tab>
          <Tabs.Tab value="hours">{t('trainings.tabs.hours')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar">
          {trainings.isError ? (
            <ErrorBlock error={trainings.error} onRetry={() => void trainings.refetch()} />
          ) : null}
          <TrainingCalendar
            trainings={trainings.data?.items ?? []}
            onDatesChange={setVisible}
            onOpen={(id) => void navigate(`/trainings/${id}`)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <TrainingHoursTable />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
