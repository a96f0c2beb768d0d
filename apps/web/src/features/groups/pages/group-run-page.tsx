import { Anchor, Stack, Tabs } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { SectionShell } from '../../../components/ui/section-shell'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { useGroupRun } from '../api/get-group-run'
import { AttendancePanel } from '../components/attendance-panel'
import { EnrolmentsPanel } from '../components/enrolments-panel'
import { mayOrganise, mayTakeAttendance } from '../components/roles'
import { RunHeader } from '../components/run-header'
import { SessionsPanel } from '../components/sessions-panel'

type Tab = 'sessions' | 'enrolments' | 'attendance'

export const GroupRunPage = () => {
  const { t } = useTranslation()
  const { runId = '' } = useParams()
  const user = useCurrentUser()
  const run = useGroupRun(runId)
  const [tab, setTab] = useState<Tab>('sessions')
  const [sessionId, setSessionId] = useState<string | null>(null)
  // A malformed id is a 400: for the reader it is the same as a run that is not there.
  const notFound = run.isError && isApiError(run.error) && [400, 404].includes(run.error.status)

  const takeAttendance = (id: string) => {
    setSessionId(id)
    setTab('attendance')
  }

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/groups" size="sm" mb="xs">
        {t('groups.backToList')}
      </Anchor>
      {notFound ? (
        <EmptyState title={t('groups.run.notFound')} />
      ) : (
        <SectionShell query={run}>
          {(data) => (
            <>
              <RunHeader run={data} canOrganise={mayOrganise(user)} />
              <Tabs
                value={tab}
                onChange={(value) => setTab((value as Tab | null) ?? 'sessions')}
                keepMounted={false}
              >
                <Tabs.List mb="md">
                  <Tabs.Tab value="sessions">{t('groups.run.tabs.sessions')}</Tabs.Tab>
                  <Tabs.Tab value="enrolments">{t('groups.run.tabs.enrolments')}</Tabs.Tab>
                  {mayTakeAttendance(user, data) ? (
                    <Tabs.Tab value="attendance">{t('groups.run.tabs.attendance')}</Tabs.Tab>
                  ) : null}
                </Tabs.List>
                <Tabs.Panel value="sessions">
                  <SessionsPanel
                    run={data}
                    canOrganise={mayOrganise(user)}
                    canTakeAttendance={mayTakeAttendance(user, data)}
                    onTakeAttendance={takeAttendance}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="enrolments">
                  <EnrolmentsPanel run={data} />
                </Tabs.Panel>
                <Tabs.Panel value="attendance">
                  <AttendancePanel run={data} sessionId={sessionId} onSessionChange={setSessionId} />
                </Tabs.Panel>
              </Tabs>
            </>
          )}
        </SectionShell>
      )}
    </Stack>
  )
}
