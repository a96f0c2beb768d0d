import { Alert, Button, Stack, Title } from '@mantine/core'
import type { Enrolment, GroupRun } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { SectionShell } from '../../../components/ui/section-shell'
import { notifySuccess } from '../../../lib/notify'
import { useEnrolments } from '../api/list-enrolments'
import { EnrolForm } from './enrol-form'
import { EnrolmentTable } from './enrolment-lists'
import { WithdrawForm } from './withdraw-form'

type Enrolments = NonNullable<ReturnType<typeof useEnrolments>['data']>

type Dialog = { kind: 'enrol' } | { kind: 'withdraw'; enrolment: Enrolment } | null

const nameOf = (enrolment: Enrolment, hidden: string) => enrolment.name ?? hidden

/** Who holds a place and who waits in line; enrol a person, withdraw one (the first in line moves up). */
export const EnrolmentsPanel = ({ run }: { run: GroupRun }) => {
  const enrolments = useEnrolments(run.id)
  return (
    <SectionShell query={enrolments}>
      {(data) => <EnrolmentsLists run={run} enrolments={data} />}
    </SectionShell>
  )
}

const EnrolmentsLists = ({ run, enrolments }: { run: GroupRun; enrolments: Enrolments }) => {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [promotion, setPromotion] = useState<string | null>(null)
  const close = () => setDialog(null)
  const open = run.status === 'planned' || run.status === 'running'

  const { enrolled, waitlist } = enrolments
  const taken = new Set(
    [...enrolled, ...waitlist].flatMap((enrolment) => (enrolment.personId ? [enrolment.personId] : [])),
  )
  const hidden = t('groups.enrolments.hidden')

  const withdrawn = ({ withdrawn: gone, promoted }: { withdrawn: Enrolment; promoted: Enrolment[] }) => {
    const message =
      promoted.length > 0
        ? t('groups.enrolments.promoted', {
            withdrawn: nameOf(gone, hidden),
            promoted: promoted.map((e) => nameOf(e, hidden)).join(', '),
          })
        : t('groups.enrolments.withdrawn', { withdrawn: nameOf(gone, hidden) })
    setPromotion(message)
    notifySuccess(message)
    close()
  }

  return (
    <Stack>
      {open ? (
        <Button w="fit-content" onClick={() => setDialog({ kind: 'enrol' })}>
          {t('groups.enrolments.enrolPerson')}
        </Button>
      ) : null}
      {promotion ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => setPromotion(null)}>
          {promotion}
        </Alert>
      ) : null}
      <Title order={2} size="h4">
        {t('groups.enrolments.enrolledTitle', { enrolled: enrolled.length, capacity: run.capacity })}
      </Title>
      <EnrolmentTable
        kind="enrolled"
        enrolments={enrolled}
        onWithdraw={open ? (enrolment) => setDialog({ kind: 'withdraw', enrolment }) : undefined}
      />
      <Title order={2} size="h4">
        {t('groups.enrolments.waitlistTitle', { n: waitlist.length })}
      </Title>
      <EnrolmentTable
        kind="waitlist"
        enrolments={waitlist}
        onWithdraw={open ? (enrolment) => setDialog({ kind: 'withdraw', enrolment }) : undefined}
      />
      <GuardedModal
        opened={dialog !== null}
        onClose={close}
        title={
          dialog?.kind === 'withdraw'
            ? `${t('groups.enrolments.withdraw')}: ${nameOf(dialog.enrolment, hidden)}`
            : t('groups.enrolments.enrolPerson')
        }
      >
        {dialog?.kind === 'enrol' ? (
          <EnrolForm
            runId={run.id}
            methodologyId={run.methodology?.id ?? null}
            taken={taken}
            onDone={close}
          />
        ) : null}
        {dialog?.kind === 'withdraw' ? (
          <WithdrawForm runId={run.id} enrolment={dialog.enrolment} onDone={withdrawn} onCancel={close} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
