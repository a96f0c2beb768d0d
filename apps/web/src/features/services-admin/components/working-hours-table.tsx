import { Table, Text } from '@mantine/core'
import type { WorkingHours } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDay } from '../../../lib/format'

/** The weekly pattern for those who may read but not change it. */
export const WorkingHoursTable = ({ hours }: { hours: WorkingHours }) => {
  const { t, i18n } = useTranslation()
  if (hours.entries.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('servicesAdmin.hours.none')}
      </Text>
    )
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped aria-label={t('servicesAdmin.hours.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('servicesAdmin.hours.weekday')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.hours.site')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.hours.time')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.hours.valid')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hours.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{t(`servicesAdmin.weekdays.${entry.weekday}`)}</Table.Td>
              <Table.Td>{entry.siteName}</Table.Td>
              <Table.Td>
                {entry.startsAt}–{entry.endsAt}
              </Table.Td>
              <Table.Td>
                {entry.validTo
                  ? `${formatDay(entry.validFrom, i18n.language)} – ${formatDay(entry.validTo, i18n.language)}`
                  : t('servicesAdmin.hours.validFromOnly', {
                      from: formatDay(entry.validFrom, i18n.language),
                    })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
