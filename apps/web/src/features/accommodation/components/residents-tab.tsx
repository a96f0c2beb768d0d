import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import type { Resident } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay } from '../../../lib/format'
import type { FacilityName } from '../api/facility-names'
import { useResidents } from '../api/occupancy'
import classes from './residents.module.css'

const byRoom = new Intl.Collator('lt', { numeric: true })

/** By room, then bed, numbers in names counted as numbers ("Kambarys 2" before "Kambarys 10"). */
export const sortByRoom = (residents: readonly Resident[]): Resident[] =>
  [...residents].sort(
    (a, b) =>
      byRoom.compare(a.roomName, b.roomName) ||
      byRoom.compare(a.bedLabel, b.bedLabel) ||
      byRoom.compare(a.personName, b.personName),
  )

/** Who is checked in tonight in one facility, for the night shift and an evacuation; printable. */
export const ResidentsTab = ({ facility }: { facility: FacilityName }) => {
  const { t, i18n } = useTranslation()
  const residents = useResidents(facility.id)
  const title = t('accommodation.residents.title', { facility: facility.name })
  const titleId = useId()
  return (
    <SectionShell query={residents} loadingRows>
      {(data) => (
        <Stack className={classes.printArea}>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Title order={2} size="h4" id={titleId}>
                {title}
              </Title>
              <Text size="sm">
                {t('accommodation.residents.tonight', {
                  date: formatDay(data.date, i18n.language),
                  count: data.items.length,
                })}
              </Text>
            </Stack>
            <Button variant="default" className={classes.noPrint} onClick={() => window.print()}>
              {t('accommodation.residents.print')}
            </Button>
          </Group>
          {data.items.length === 0 ? (
            <Text>{t('accommodation.residents.none')}</Text>
          ) : (
            <ScrollRegion labelledBy={titleId} minWidth={480}>
              <Table striped aria-labelledby={titleId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('accommodation.residents.room')}</Table.Th>
                    <Table.Th scope="col">{t('accommodation.residents.bed')}</Table.Th>
                    <Table.Th scope="col">{t('accommodation.residents.name')}</Table.Th>
                    <Table.Th scope="col">{t('accommodation.residents.since')}</Table.Th>
                    <Table.Th scope="col">{t('accommodation.residents.until')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sortByRoom(data.items).map((resident) => (
                    <Table.Tr key={resident.stayId}>
                      <Table.Td>{resident.roomName}</Table.Td>
                      <Table.Td>{resident.bedLabel}</Table.Td>
                      <Table.Th scope="row" fw={600}>
                        {resident.personName}
                      </Table.Th>
                      <Table.Td>{formatDay(resident.since, i18n.language)}</Table.Td>
                      <Table.Td>{formatDay(resident.plannedCheckOut, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
        </Stack>
      )}
    </SectionShell>
  )
}
