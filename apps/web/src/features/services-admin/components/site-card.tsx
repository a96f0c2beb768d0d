import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import type { Room, Site } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

/** One site with its rooms, active or not, and the buttons that open their forms. */
export const SiteCard = ({
  site,
  onEditSite,
  onAddRoom,
  onEditRoom,
}: {
  site: Site
  onEditSite: () => void
  onAddRoom: () => void
  onEditRoom: (room: Room) => void
}) => {
  const { t } = useTranslation()
  const headingId = `site-${site.id}`
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            {site.name}
          </Title>
          <Text size="sm" c="dimmed">
            {site.address} · {site.municipality}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={onEditSite}
            aria-label={t('servicesAdmin.sites.editNamed', { name: site.name })}
          >
            {t('servicesAdmin.sites.edit')}
          </Button>
          <Button
            size="xs"
            onClick={onAddRoom}
            aria-label={t('servicesAdmin.rooms.newAt', { site: site.name })}
          >
            {t('servicesAdmin.rooms.new')}
          </Button>
        </Group>
      </Group>
      {site.rooms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('servicesAdmin.rooms.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('servicesAdmin.rooms.tableLabel', { site: site.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('servicesAdmin.rooms.name')}</Table.Th>
                <Table.Th scope="col">{t('servicesAdmin.rooms.kind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('servicesAdmin.rooms.capacity')}
                </Table.Th>
                <Table.Th scope="col">{t('servicesAdmin.catalogue.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('servicesAdmin.catalogue.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {site.rooms.map((room) => (
                <Table.Tr key={room.id}>
                  <Table.Th scope="row" fw={500}>
                    {room.name}
                  </Table.Th>
                  <Table.Td>{t(`servicesAdmin.roomKinds.${room.kind}`)}</Table.Td>
                  <Table.Td ta="right">{room.capacity}</Table.Td>
                  <Table.Td>
                    <Badge color={room.active ? 'teal' : 'gray'} variant="light">
                      {t(room.active ? 'servicesAdmin.rooms.inUse' : 'servicesAdmin.rooms.outOfUse')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onEditRoom(room)}
                      aria-label={t('servicesAdmin.rooms.editNamed', { name: room.name })}
                    >
                      {t('servicesAdmin.rooms.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
