import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import type { GroupRun, GroupRunStatus } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { isApiError } from '../../../lib/api-error'
import { applyFormErrors } from '../../../lib/form-errors'
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

/** For organisers: rename, change the capacity, start, finish or cancel the run (with the version read). */
export const RunStatusActions = ({ run }: { run: GroupRun }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateGroupRun(run.id)
  const [editing, { open, close }] = useDisclosure(false)
  const form = useForm({ initialValues: { title: run.title, capacity: run.capacity as number | string } })

  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 412) {
      notifyError(error, t, t('groups.run.stale'))
      void queryClient.invalidateQueries({ queryKey: groupsKeys.run(run.id) })
      close()
      return
    }
    if (!applyFormErrors(form, error)) notifyError(error, t)
  }
  const changeStatus = (status: GroupRunStatus) =>
    update.mutateAsync(
      { version: run.version, body: { status } },
      { onSuccess: () => notifySuccess(t('groups.run.moved')), onError },
    )

  const save = form.onSubmit((values) => {
    const title = values.title.trim()
    const body: UpdateGroupRunInput = {
      ...(title && title !== run.title ? { title } : {}),
      ...(typeof values.capacity === 'number' && values.capacity !== run.capacity
        ? { capacity: values.capacity }
        : {}),
    }
    if (Object.keys(body).length === 0) {
      close()
      return
    }
    update.mutate(
      { version: run.version, body },
      {
        onSuccess: () => {
          notifySuccess(t('groups.run.saved'))
          close()
        },
        onError,
      },
    )
  })

  const openEditor = () => {
    form.setValues({ title: run.title, capacity: run.capacity })
    form.clearErrors()
    open()
  }

  return (
    <Group gap="xs">
      {run.status === 'planned' || run.status === 'running' ? (
        <Button variant="default" onClick={openEditor}>
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
      <Modal opened={editing} onClose={close} title={t('groups.run.edit')}>
        <form onSubmit={save} noValidate>
          <Stack>
            <TextInput label={t('groups.form.name')} maxLength={200} {...form.getInputProps('title')} />
            <NumberInput
              label={t('groups.form.capacity')}
              description={t('groups.run.capacityHint')}
              min={1}
              max={500}
              {...form.getInputProps('capacity')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  )
}
