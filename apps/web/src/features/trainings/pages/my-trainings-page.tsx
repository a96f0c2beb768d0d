import { Anchor, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { useMyTrainings } from '../api/my-trainings'
import { thisYear, YearSelect } from '../components/year-select'

/** The trainings the caller takes part in or trains, and their hours of training in a year. */
export const MyTrainingsPage = () => {
  const { t, i18n } = useTranslation()
  const [year, setYear] = useState(thisYear)
  const mine = useMyTrainings(year)
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'lt-LT')
  return (
    <Stack>
      <PageHeader title={t('trainings.mine.title')} />
      <YearSelect value={year} onChange={setYear} />
      <SectionShell
        query={mine}
        loadingRows
        empty={{
          when: (data) => data.items.length === 0 && data.hours === 0,
          title: t('trainings.mine.empty'),
        }}
      >
        {(data) => (
          <>
            <Text fw={600}>{t('trainings.mine.hours', { year: data.year, hours: format(data.hours) })}</Text>
            <Table.ScrollContainer minWidth={520}>
              <Table striped>
                <Table.Caption>{t('trainings.mine.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('trainings.mine.training')}</Table.Th>
                    <Table.Th scope="col">{t('trainings.mine.days')}</Table.Th>
                    <Table.Th scope="col">{t('trainings.mine.role')}</Table.Th>
                    <Table.Th scope="col">{t('trainings.mine.attendedHours')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map(({ training, role, hours }) => (
                    <Table.Tr key={training.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/trainings/${training.id}`}>
                          {training.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {training.methodology.name} · {t(`trainings.kinds.${training.kind}`)} ·{' '}
                          {t(`trainings.statuses.${training.status}`)}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        {training.startsOn === training.endsOn
                          ? training.startsOn
                          : `${training.startsOn} – ${training.endsOn}`}
                      </Table.Td>
                      <Table.Td>{t(`trainings.roles.${role}`)}</Table.Td>
                      <Table.Td>{format(hours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </SectionShell>
    </Stack>
  )
}
