import { Stack, Table } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { useTrainingHours } from '../api/training-hours'
import { thisYear, YearSelect } from './year-select'

/** Every staff member's hours of training in a year, in all and by methodology. */
export const TrainingHoursTable = () => {
  const { t, i18n } = useTranslation()
  const [year, setYear] = useState(thisYear)
  const hours = useTrainingHours(year)
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'lt-LT')
  return (
    <Stack>
      <YearSelect value={year} onChange={setYear} />
      <SectionShell query={hours} loadingRows>
        {(data) => (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Caption>{t('trainings.hours.caption', { year: data.year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trainings.hours.staff')}</Table.Th>
                  <Table.Th scope="col">{t('trainings.hours.total')}</Table.Th>
                  <Table.Th scope="col">{t('trainings.hours.byMethodology')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.staff.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row">{member.name}</Table.Th>
                    <Table.Td>{format(member.hours)}</Table.Td>
                    <Table.Td>
                      {member.methodologies.map((m) => `${m.name}: ${format(m.hours)}`).join('; ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionShell>
    </Stack>
  )
}
