import { Anchor, Stack, Tabs } from '@mantine/core'
import type { GroupRun } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { SectionShell } from '../../../components/ui/section-shell'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { oneOf, token, UUID_PATTERN, useSearchState } from '../../../lib/use-search-state'
import { useGroupRun } from '../api/get-group-run'
import { AttendancePanel } from '../components/attendance-panel'
import { EnrolmentsPanel } from '../components/enrolments-panel'
import { OutcomesPanel } from '../components/outcomes-panel'
import { mayMeasure, mayOrganise, mayTakeAttendance } from '../components/roles'
import { RunHeader } from '../components/run-header'
import { SessionsPanel } from '../components/sessions-panel'

const RUN_TABS = ['sessions', 'enrolments', 'attendance', 'outcomes'] as const

/**
 * The open tab, and the session whose register is open, are in the URL (`?tab=attendance&session=…`), so
 * reload and Back land on them; switching replaces the entry.
 */
const PAGE_STATE = { tab: oneOf(RUN_TABS, 'sessions'), session: token(UUID_PATTERN) }

const RunTabs = ({ run }: { run: GroupRun }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [state, setState] = useSearchState(PAGE_STATE)
  const canTakeAttendance = mayTakeAttendance(user, run)
  // Fidelity and outcomes are of a methodology's run, for those who measure it.
  const canMeasure = run.methodology !== null && mayMeasure(user, run)
  // Attendance is only for those who take it; a session of another run, or a cancelled one, opens none.
  const tab =
    (state.tab === 'attendance' && !canTakeAttendance) || (state.tab === 'outcomes' && !canMeasure)
      ? 'sessions'
      : state.tab
  const sessionId = run.sessions.some((s) => s.id === state.session && s.status !== 'cancelled')
    ? state.session
    : null
  return (
    <Tabs
      value={tab}
      onChange={(value) => setState({ ...state, tab: PAGE_STATE.tab.read(value) })}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="sessions">{t('groups.run.tabs.sessions')}</Tabs.Tab>
        <Tabs.Tab value="enrolments">{t('groups.run.tabs.enrolments')}</Tabs.Tab>
        {canTakeAttendance ? <Tabs.Tab value="attendance">{t('groups.run.tabs.attendance')}</Tabs.Tab> : null}
        {canMeasure ? <Tabs.Tab value="outcomes">{t('groups.run.tabs.outcomes')}</Tabs.Tab> : null}
      </Tabs.List>
      <Tabs.Panel value="sessions">
        <SessionsPanel
          run={run}
          canOrganise={mayOrganise(user)}
          canTakeAttendance={canTakeAttendance}
          onTakeAttendance={(id) => setState({ tab: 'attendance', session: id })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="enrolments">
        <EnrolmentsPanel run={run} />
      </Tabs.Panel>
      <Tabs.Panel value="attendance">
        <AttendancePanel
          run={run}
          sessionId={sessionId}
          onSessionChange={(id) => setState({ ...state, session: id })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="outcomes">
        <OutcomesPanel runId={run.id} />
      </Tabs.Panel>
    </Tabs>
  )
}

export const GroupRunPage = () => {
  const { t } = useTranslation()
  const { runId = '' } = useParams()
  const user = useCurrentUser()
  const run = useGroupRun(runId)
  // A malformed id is a 400: for the reader it is the same as a run that is not there.
  const notFound = run.isError && isApiError(run.error) && [400, 404].includes(run.error.status)

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
              <RunTabs run={data} />
            </>
          )}
        </SectionShell>
      )}
    </Stack>
  )
}
