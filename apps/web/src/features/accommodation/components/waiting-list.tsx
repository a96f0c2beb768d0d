import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import {
  type Facility,
  WAITING_REQUEST_STATUSES,
  type WaitingPriority,
  type WaitingRequest,
  type WaitingRequestStatus,
} from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { ReasonForm } from '../../../components/ui/reason-form'
import { PagedSection } from '../../../components/ui/section-shell'
import { formatDateTime, formatDay } from '../../../lib/format'
import { usePhone } from '../../../lib/use-phone'
import { useWaitingList, useWithdrawWaitingRequest } from '../api/waiting-list'
import { WaitingRequestForm } from './waiting-request-form'

const PRIORITY_COLOR: Record<WaitingPriority, string> = { urgent: 'red', high: 'orange', normal: 'gray' }

export const PriorityBadge = ({ priority }: { priority: WaitingPriority }) => {
  const { t } = useTranslation()
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant={priority === 'normal' ? 'light' : 'filled'}>
      {t(`accommodation.waiting.priorities.${priority}`)}
    </Badge>
  )
}

interface WaitingActions {
  /** The facility a request of this kind is placed in, when the user may place and one is in use. */
  facilityFor?: ((request: WaitingRequest) => Facility | undefined) | undefined
  onPlace?: ((request: WaitingRequest, facility: Facility) => void) | undefined
  onWithdraw?: ((request: WaitingRequest) => void) | undefined
}

const RequestCard = ({
  request,
  facilityFor,
  onPlace,
  onWithdraw,
}: { request: WaitingRequest } & WaitingActions) => {
  const { t, i18n } = useTranslation()
  const open = request.status === 'open'
  const facility = open ? facilityFor?.(request) : undefined
  const kind = t(`accommodation.kinds.${request.facilityKind}`)
  return (
    <Paper component="li" withBorder p="sm" aria-label={request.familyReference}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h5">
              {request.familyReference}
            </Title>
            <PriorityBadge priority={request.priority} />
          </Group>
          <Text size="sm">
            {kind} · {t('accommodation.waiting.neededFrom')}{' '}
            <span style={{ whiteSpace: 'nowrap' }}>{formatDay(request.neededFrom, i18n.language)}</span>
          </Text>
        </Group>
        <Text size="sm">
          {request.members.length > 0
            ? request.members.map((member) => member.name).join(', ')
            : t('accommodation.waiting.wholeFamily')}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('accommodation.waiting.reason')}: {request.reason}
        </Text>
        <Text size="xs" c="dimmed">
          {t('accommodation.waiting.requested', {
            when: formatDateTime(request.requestedAt, i18n.language),
            by: request.requestedBy.name,
          })}
          {request.closedAt
            ? ` · ${t('accommodation.waiting.closed', { when: formatDateTime(request.closedAt, i18n.language) })}`
            : ''}
        </Text>
        {request.withdrawReason ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('accommodation.waiting.withdrawReason')}: {request.withdrawReason}
          </Text>
        ) : null}
        {open && (onPlace || onWithdraw) ? (
          <Group gap="xs" justify="flex-end">
            {onWithdraw ? (
              <Button
                variant="light"
                color="red"
                onClick={() => onWithdraw(request)}
                aria-label={t('accommodation.waiting.withdrawNamed', { reference: request.familyReference })}
              >
                {t('accommodation.waiting.withdraw')}
              </Button>
            ) : null}
            {onPlace && facility ? (
              <Button
                onClick={() => onPlace(request, facility)}
                aria-label={t('accommodation.waiting.placeNamed', { reference: request.familyReference })}
              >
                {t('accommodation.waiting.place')}
              </Button>
            ) : null}
            {onPlace && !facility ? (
              <Text size="sm" c="dimmed">
                {t('accommodation.waiting.noFacility', { kind })}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}

/**
 * The waiting list, in the API's order (urgent, high, normal; earliest request first within each), with
 * adding a request, withdrawing one with a reason, and placing a family from its request.
 */
export const WaitingList = ({
  status,
  onStatus,
  mayCreate,
  mayWithdraw,
  facilityFor,
  onPlace,
}: {
  status: WaitingRequestStatus
  onStatus: (status: WaitingRequestStatus) => void
  mayCreate: boolean
  mayWithdraw: boolean
} & Pick<WaitingActions, 'facilityFor' | 'onPlace'>) => {
  const { t } = useTranslation()
  const phone = usePhone()
  const list = useWaitingList({ status })
  const withdraw = useWithdrawWaitingRequest()
  const [adding, setAdding] = useState(false)
  const [withdrawingId, setWithdrawingId] = useState<string | null>(null)
  // The request as last read, so a reload after someone else's change sends its new version.
  const withdrawing =
    list.data?.pages.flatMap((page) => page.items).find((request) => request.id === withdrawingId) ?? null

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="waiting-status">
            {t('accommodation.waiting.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="waiting-status"
            data={WAITING_REQUEST_STATUSES.map((value) => ({
              value,
              label: t(`accommodation.waiting.statuses.${value}`),
            }))}
            value={status}
            onChange={(value) => {
              const next = WAITING_REQUEST_STATUSES.find((s) => s === value)
              if (next) onStatus(next)
            }}
          />
        </Stack>
        {mayCreate ? <Button onClick={() => setAdding(true)}>{t('accommodation.waiting.add')}</Button> : null}
      </Group>
      <PagedSection
        query={list}
        items={(page) => page.items}
        empty={{ title: t('accommodation.waiting.empty'), hint: t('accommodation.waiting.emptyHint') }}
      >
        {(items) => (
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('accommodation.waiting.list')}
          >
            {items.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                facilityFor={facilityFor}
                onPlace={onPlace}
                onWithdraw={mayWithdraw ? (r) => setWithdrawingId(r.id) : undefined}
              />
            ))}
          </Stack>
        )}
      </PagedSection>
      <GuardedModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('accommodation.waiting.addTitle')}
        size="lg"
        fullScreen={phone}
      >
        {adding ? <WaitingRequestForm onDone={() => setAdding(false)} /> : null}
      </GuardedModal>
      <GuardedModal
        opened={withdrawing !== null}
        onClose={() => setWithdrawingId(null)}
        title={t('accommodation.waiting.withdrawTitle', { reference: withdrawing?.familyReference ?? '' })}
      >
        {withdrawing ? (
          <ReasonForm
            label={t('accommodation.waiting.withdrawReason')}
            submitLabel={t('accommodation.waiting.withdrawSubmit')}
            keepLabel={t('accommodation.waiting.keep')}
            onCancel={() => setWithdrawingId(null)}
            submit={(reason) => withdraw.mutateAsync({ request: withdrawing, reason })}
            successMessage={t('accommodation.waiting.withdrawn')}
            problemTitle={t('accommodation.waiting.notWithdrawn')}
            onSaved={() => setWithdrawingId(null)}
            onReload={() => list.refetch()}
          />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
