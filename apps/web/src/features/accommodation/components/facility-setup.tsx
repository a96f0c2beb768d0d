import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import type { AccommodationRoom, Bed, Facility } from '@onestop/contracts'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { useSites } from '../../../reference/sites'
import { BedBadges } from './bed-badges'
import { BedForm } from './bed-form'
import { FacilityForm } from './facility-form'
import { OutOfServicePanel } from './out-of-service-panel'
import { RoomForm } from './room-form'

type Editing =
  | { kind: 'facility'; facility?: Facility }
  | { kind: 'room'; room?: AccommodationRoom }
  | { kind: 'bed'; room: AccommodationRoom; bed?: Bed }
  | { kind: 'outOfService'; bed: Bed }

const InactiveBadge = () => {
  const { t } = useTranslation()
  return (
    <Badge size="sm" color="gray" variant="outline">
      {t('accommodation.setup.inactive')}
    </Badge>
  )
}

const FacilitiesTable = ({
  facilities,
  titleId,
  onEdit,
}: {
  facilities: readonly Facility[]
  /** The heading the table and its scrolling region are named by. */
  titleId: string
  onEdit: (facility: Facility) => void
}) => {
  const { t } = useTranslation()
  const sites = useSites()
  const siteName = (siteId: string) => sites.data?.items.find((site) => site.id === siteId)?.name ?? '—'
  return (
    <ScrollRegion labelledBy={titleId} minWidth={640}>
      <Table striped aria-labelledby={titleId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accommodation.facilities.name')}</Table.Th>
            <Table.Th scope="col">{t('accommodation.facilities.kind')}</Table.Th>
            <Table.Th scope="col">{t('accommodation.facilities.site')}</Table.Th>
            <Table.Th scope="col">{t('accommodation.facilities.maxStayShort')}</Table.Th>
            <Table.Th scope="col">{t('accommodation.facilities.beds')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('accommodation.setup.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facilities.map((facility) => (
            <Table.Tr key={facility.id}>
              <Table.Td>
                <Group gap="xs">
                  {facility.name}
                  {facility.active ? null : <InactiveBadge />}
                </Group>
              </Table.Td>
              <Table.Td>{t(`accommodation.kinds.${facility.kind}`)}</Table.Td>
              <Table.Td>{siteName(facility.siteId)}</Table.Td>
              <Table.Td>{t('accommodation.nights', { count: facility.maxStayNights })}</Table.Td>
              <Table.Td>{facility.rooms.reduce((sum, room) => sum + room.beds.length, 0)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(facility)}
                  aria-label={t('accommodation.facilities.editNamed', { name: facility.name })}
                >
                  {t('accommodation.setup.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}

const RoomCard = ({ room, onEdit }: { room: AccommodationRoom; onEdit: (editing: Editing) => void }) => {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Group gap="xs">
          <Title order={4} size="h5">
            {room.name}
          </Title>
          {room.active ? null : <InactiveBadge />}
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => onEdit({ kind: 'room', room })}
            aria-label={t('accommodation.rooms.editNamed', { name: room.name })}
          >
            {t('accommodation.setup.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            onClick={() => onEdit({ kind: 'bed', room })}
            aria-label={t('accommodation.beds.addTo', { room: room.name })}
          >
            {t('accommodation.beds.add')}
          </Button>
        </Group>
      </Group>
      {room.beds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('accommodation.beds.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {room.beds.map((bed) => (
            // The bed's name and badges wrap on their side; its two actions stay together on the right.
            <Group key={bed.id} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Group gap="xs" miw={0}>
                <Text size="sm" fw={600}>
                  {bed.label}
                </Text>
                <BedBadges bed={bed} />
                {bed.active ? null : <InactiveBadge />}
              </Group>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onEdit({ kind: 'bed', room, bed })}
                  aria-label={t('accommodation.beds.editNamed', { label: bed.label, room: room.name })}
                >
                  {t('accommodation.setup.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onEdit({ kind: 'outOfService', bed })}
                  aria-label={t('accommodation.outOfService.openNamed', {
                    label: bed.label,
                    room: room.name,
                  })}
                >
                  {t('accommodation.outOfService.open')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  )
}

/**
 * Setting up facilities: the list to add or edit them, and the selected facility's rooms and beds with each
 * bed's out-of-service periods.
 */
export const FacilitySetup = ({
  facilities,
  selected,
}: {
  facilities: readonly Facility[]
  selected: Facility | undefined
}) => {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<Editing | null>(null)
  const titleId = useId()
  const close = () => setEditing(null)
  const title = (() => {
    if (!editing) return ''
    switch (editing.kind) {
      case 'facility':
        return editing.facility
          ? t('accommodation.facilities.editTitle')
          : t('accommodation.facilities.addTitle')
      case 'room':
        return editing.room ? t('accommodation.rooms.editTitle') : t('accommodation.rooms.addTitle')
      case 'bed':
        return editing.bed
          ? t('accommodation.beds.editTitle')
          : t('accommodation.beds.addTitle', { room: editing.room.name })
      case 'outOfService':
        return t('accommodation.outOfService.title', { label: editing.bed.label })
    }
  })()

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id={titleId}>
          {t('accommodation.facilities.title')}
        </Title>
        <Button onClick={() => setEditing({ kind: 'facility' })}>{t('accommodation.facilities.add')}</Button>
      </Group>
      {facilities.length === 0 ? (
        <EmptyState
          title={t('accommodation.facilities.none')}
          hint={t('accommodation.facilities.noneHint')}
        />
      ) : (
        <FacilitiesTable
          facilities={facilities}
          titleId={titleId}
          onEdit={(facility) => setEditing({ kind: 'facility', facility })}
        />
      )}
      {selected ? (
        <>
          <Group justify="space-between" wrap="wrap" mt="md">
            <Title order={2} size="h4">
              {t('accommodation.rooms.title', { facility: selected.name })}
            </Title>
            <Button variant="light" onClick={() => setEditing({ kind: 'room' })}>
              {t('accommodation.rooms.add')}
            </Button>
          </Group>
          {selected.rooms.length === 0 ? (
            <EmptyState title={t('accommodation.rooms.none')} />
          ) : (
            selected.rooms.map((room) => <RoomCard key={room.id} room={room} onEdit={setEditing} />)
          )}
        </>
      ) : null}
      <GuardedModal opened={editing !== null} onClose={close} title={title} size="lg">
        {editing?.kind === 'facility' ? <FacilityForm facility={editing.facility} onDone={close} /> : null}
        {editing?.kind === 'room' && selected ? (
          <RoomForm facilityId={selected.id} room={editing.room} onDone={close} />
        ) : null}
        {editing?.kind === 'bed' ? (
          <BedForm roomId={editing.room.id} bed={editing.bed} onDone={close} />
        ) : null}
        {editing?.kind === 'outOfService' ? <OutOfServicePanel bed={editing.bed} /> : null}
      </GuardedModal>
    </Stack>
  )
}
