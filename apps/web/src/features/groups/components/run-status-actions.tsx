import { Button, Group, NumberInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import type { GroupRun, GroupRunStatus } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { FormShell } from '../../../components/ui/form-shell'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { groupsKeys } from '../api/keys'
import { type UpdateGroupRunInput, useUpdateGroupRun } from '../api/update-group-run'

/** The moves the API allows from each status. */
const NEXT: Record<GroupRunStatus, readonly GroupRunStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finished', 'cancelled'],
  finished: [],
  cancelled: [],
}

/** Renames the run or changes its capacity, sending the version read; a 412 reloads the run, keeping the input. */
const RunEditForm = ({ run, onDone }: { run: GroupRun; onDone: () => void }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateGroupRun(run.id)
  const values = { title: run.title, capacity: run.capacity as number | string }
  const form = useForm({ initialValues: values })
  const submit = (values: typeof form.values) => {
    const title = values.title.trim()
    const body: UpdateGroupRunInput = {
      ...(title && title !== run.title ? { title } : {}),
      ...(typeof values.capacity === 'number' && values.capacity !== run.capacity
        ? { capacity: values.capacity }
        : {}),
    }
    return Object.keys(body).length === 0 ? undefined : update.mutateAsync({ version: run.version, body })
  }
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={t('groups.run.saved')}
      onSaved={onDone}
      onCancel={onDone}
      onReload={() => queryClient.invalidateQueries({ queryKey: groupsKeys.run(run.id) })}
      record={{ version: run.version, values }}
    >
      <TextInput label={t('groups.form.name')} maxLength={200} {...form.getInputProps('title')} />
      <NumberInput
        label={t('groups.form.capacity')}
        description={t('groups.run.capacityHint')}
        min={1}
        max={500}
        {...form.getInputProps('capacity')}
      />
    </FormShell>
  )
}

/** For organisers: rename, change the capacity, start, finish or cancel the run (with the version read). */
export const RunStatusActions = ({ run }: { run: GroupRun }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateGroupRun(run.id)
  const [editing, { open, close }] = useDisclosure(false)
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 412) {
      notifyError(error, t, t('groups.run.stale'))
      void queryClient.invalidateQueries({ queryKey: groupsKeys.run(run.id) })
      close()
      return
    }
    notifyError(error, t)
  }
  const changeStatus = (status: GroupRunStatus) =>
    update.mutateAsync(
      { version: run.version, body: { status } },
      { onSuccess: () => notifySuccess(t('groups.run.moved')), onError },
    )

  return (
    <Group gap="xs">
      {run.status === 'planned' || run.status === 'running' ? (
        <Button variant="default" onClick={open}>
          {t('groups.run.edit')}
        </Button>
      ) : null}
      {NEXT[run.status].map((status) => (
        <ConfirmButton
          key={status}
          label={t(`groups.run.moveTo.${status}`)}
          title={t(`groups.run.moveTo.${status}`)}
          message={t(`groups.run.confirm.${status}`)}
          confirmLabel={t(`groups.run.moveTo.${status}`)}
          keepLabel={t(`groups.run.keep.${status}`)}
          color={status === 'cancelled' ? 'red' : 'indigo'}
          loading={update.isPending}
          onConfirm={() => changeStatus(status)}
        />
      ))}
      <GuardedModal opened={editing} onClose={close} title={t('groups.run.edit')}>
        <RunEditForm run={run} onDone={close} />
      </GuardedModal>
    </Group>
  )
}
