import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatRate } from '../../../lib/format'
import { useFamilyAttendance } from '../api/get-family-attendance'

/** Three or more no-shows since the last kept appointment is what the case manager's home page flags. */
const ATTENTION_AFTER = 3

/** A family's appointments kept, missed and cancelled, and the missed ones in a row. */
export const FamilyAttendanceSummary = ({ familyId }: { familyId: string }) => {
  const { t, i18n } = useTranslation()
  const attendance = useFamilyAttendance(familyId)
  return (
    <Stack gap="xs" component="section" aria-labelledby="family-attendance-heading">
      <Title order={2} size="h4" id="family-attendance-heading">
        {t('servicePackages.familyAttendance.title')}
      </Title>
      <SectionShell
        query={attendance}
        empty={{ when: (data) => data.total === 0, title: t('servicePackages.familyAttendance.none') }}
      >
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
              {(
                [
                  ['total', String(data.total)],
                  ['completed', String(data.completed)],
                  ['noShow', String(data.noShow)],
                  ['cancelled', String(data.cancelled)],
                  ['noShowRate', formatRate(data.noShowRate, i18n.language)],
                  ['cancellationRate', formatRate(data.cancellationRate, i18n.language)],
                ] as const
              ).map(([key, value]) => (
                <Paper key={key} withBorder p="xs">
                  <Text size="xs" c="dimmed">
                    {t(`servicePackages.familyAttendance.${key}`)}
                  </Text>
                  <Text fw={700} size="lg">
                    {value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            {data.missedInARow >= ATTENTION_AFTER ? (
              <Alert color="red" role="status">
                {t('servicePackages.familyAttendance.missedAlert', { n: data.missedInARow })}
              </Alert>
            ) : (
              <Text size="sm">
                {t('servicePackages.familyAttendance.missedInARow', { n: data.missedInARow })}
              </Text>
            )}
          </>
        )}
      </SectionShell>
    </Stack>
  )
}
