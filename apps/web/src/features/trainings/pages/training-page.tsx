import { Anchor, Button, Stack, Tabs } from '@mantine/core'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { useTraining } from '../api/get-training'
import { AddParticipantForm } from '../components/add-participant-form'
import { AttendanceForm } from '../components/attendance-form'
import { ParticipantsTable } from '../components/participants-table'
import { TrainingActions } from '../components/training-actions'
import { TrainingHeader } from '../components/training-header'

/** A training: its facts, its participants with their completion, and attendance per session. */
export const TrainingPage = () => {
  const { t } = useTranslation()
  const { trainingId = '' } = useParams()
  const user = useCurrentUser()
  const training = useTraining(trainingId)
  const [adding, setAdding] = useState(false)
  const canManage = may(user, routes.enrolTrainingParticipant)
  // A malformed id is a 400: for the reader it is the same as a training that is not there.
  const notFound =
    training.isError && isApiError(training.error) && [400, 404].includes(training.error.status)
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={canManage ? '/trainings' : '/my-trainings'} size="sm" mb="xs">
        {t(canManage ? 'trainings.backToList' : 'trainings.backToMine')}
      </Anchor>
      {notFound ? (
        <EmptyState title={t('trainings.event.notFound')} />
      ) : (
        <SectionShell query={training}>
          {(data) => {
            const open = canManage && data.status !== 'cancelled'
            return (
              <>
                <TrainingHeader training={data} />
                <TrainingActions training={data} />
                <Tabs defaultValue="participants" keepMounted={false}>
                  <Tabs.List mb="md">
                    <Tabs.Tab value="participants">{t('trainings.tabs.participants')}</Tabs.Tab>
                    {open ? <Tabs.Tab value="attendance">{t('trainings.tabs.attendance')}</Tabs.Tab> : null}
                  </Tabs.List>
                  <Tabs.Panel value="participants">
                    <Stack>
                      {open && !adding ? (
                        <Button w="fit-content" onClick={() => setAdding(true)}>
                          {t('trainings.participants.add')}
                        </Button>
                      ) : null}
                      {open && adding ? (
                        <AddParticipantForm
                          trainingId={data.id}
                          taken={
                            new Set(
                              data.participants.flatMap((p) =>
                                p.status === 'enrolled' && p.userId ? [p.userId] : [],
                              ),
                            )
                          }
                          onDone={() => setAdding(false)}
                        />
                      ) : null}
                      <ParticipantsTable training={data} canManage={canManage} />
                    </Stack>
                  </Tabs.Panel>
                  <Tabs.Panel value="attendance">
                    <AttendanceForm training={data} />
                  </Tabs.Panel>
                </Tabs>
              </>
            )
          }}
        </SectionShell>
      )}
    </Stack>
  )
}
