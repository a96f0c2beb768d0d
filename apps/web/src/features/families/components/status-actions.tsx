import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FAMILY_STATUS_MOVES, type Family, type FamilyStatus } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { formatDate } from '../../../lib/format'
import { familiesKeys } from '../../../reference/family-keys'
import { type ChangeStatusInput, useChangeFamilyStatus } from '../api/change-family-status'
import { applyFamilyFieldErrors, required } from './family-validation'
import { StatusBadge } from './status-badge'

interface StatusValues {
  reason: string
  closingReason: string
  outcomeSummary: string
}

const labelOf = (from: FamilyStatus, to: FamilyStatus, t: (key: string) => string) =>
  from === 'closed' && to === 'active'
    ? t('families.statusActions.reopen')
    : t(`families.statusActions.moveTo.${to}`)

/** The note or closing record a status change needs; its buttons name the move and what staying keeps. */
const StatusForm = ({
  family,
  target,
  onDone,
}: {
  family: Family
  target: FamilyStatus
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const change = useChangeFamilyStatus(family.id)
  const closing = target === 'closed'
  const reopening = family.status === 'closed'
  const form = useForm<StatusValues>({
    initialValues: { reason: '', closingReason: '', outcomeSummary: '' },
    validate: {
      reason: (value) => (reopening ? required(t)(value) : null),
      closingReason: (value) => (closing ? required(t)(value) : null),
      outcomeSummary: (value) => (closing ? required(t)(value) : null),
    },
  })
  const submit = (values: StatusValues) => {
    const reason = values.reason.trim()
    const body: ChangeStatusInput = closing
      ? {
          status: target,
          closingReason: values.closingReason.trim(),
          outcomeSummary: values.outcomeSummary.trim(),
        }
      : { status: target, ...(reason ? { reason } : {}) }
    return change.mutateAsync({ version: family.version, body })
  }
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={(saved) =>
        t('families.statusActions.changed', { status: t(`families.statuses.${saved?.status ?? target}`) })
      }
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={
        reopening ? t('families.statusActions.keepClosed') : t(`families.statusActions.keep.${target}`)
      }
      submitLabel={labelOf(family.status, target, t)}
      submitColor={closing ? 'red' : undefined}
      onRefused={(error) => applyFamilyFieldErrors(error, form)}
      onReload={() => queryClient.invalidateQueries({ queryKey: familiesKeys.detail(family.id) })}
    >
      {closing ? (
        <>
          <TextInput
            label={t('families.statusActions.closingReason')}
            required
            maxLength={500}
            data-autofocus
            {...form.getInputProps('closingReason')}
          />
          <Textarea
            label={t('families.statusActions.outcomeSummary')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            {...form.getInputProps('outcomeSummary')}
          />
        </>
      ) : (
        <Textarea
          label={reopening ? t('families.statusActions.reason') : t('families.statusActions.reasonOptional')}
          required={reopening}
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          {...form.getInputProps('reason')}
        />
      )}
    </FormShell>
  )
}

export const StatusActions = ({ family, canManage }: { family: Family; canManage: boolean }) => {
  const { t, i18n } = useTranslation()
  const [target, setTarget] = useState<FamilyStatus | null>(null)
  const moves = FAMILY_STATUS_MOVES[family.status]
  const title =
    target === 'closed'
      ? t('families.statusActions.closeTitle')
      : family.status === 'closed'
        ? t('families.statusActions.reopenTitle')
        : t('families.statusActions.confirmTitle', { status: target ? t(`families.statuses.${target}`) : '' })

  return (
    <Stack align="flex-start">
      <Group gap="xs">
        <Text>{t('families.statusActions.current')}:</Text>
        <StatusBadge status={family.status} />
      </Group>
      {family.status === 'closed' ? (
        <Stack gap={4}>
          {family.closedAt ? (
            <Text size="sm" c="dimmed">
              {t('families.statusActions.closedAt', { date: formatDate(family.closedAt, i18n.language) })}
            </Text>
          ) : null}
          {family.closingReason ? (
            <Text size="sm">
              <Text span fw={600}>
                {t('families.statusActions.closingReason')}:{' '}
              </Text>
              {family.closingReason}
            </Text>
          ) : null}
          {family.outcomeSummary ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span fw={600}>
                {t('families.statusActions.outcomeSummary')}:{' '}
              </Text>
              {family.outcomeSummary}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {!canManage ? (
        <Alert color="gray">{t('families.details.readOnly')}</Alert>
      ) : moves.length === 0 ? (
        <Text c="dimmed">{t('families.statusActions.noMoves')}</Text>
      ) : (
        <Group>
          {moves.map((to) => (
            <Button
              key={to}
              color={to === 'closed' ? 'red' : undefined}
              variant="light"
              onClick={() => setTarget(to)}
            >
              {labelOf(family.status, to, t)}
            </Button>
          ))}
        </Group>
      )}
      <GuardedModal opened={target !== null} onClose={() => setTarget(null)} title={title} centered>
        {target ? <StatusForm family={family} target={target} onDone={() => setTarget(null)} /> : null}
      </GuardedModal>
    </Stack>
  )
}
