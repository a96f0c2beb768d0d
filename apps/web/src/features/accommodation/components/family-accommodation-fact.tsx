import { Paper, Stack, Text } from '@mantine/core'
import type { Stay } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDay, todayInVilnius } from '../../../lib/format'
import { useFamilyStays } from '../api/stays'

/** A stay the person is in now: checked in, or planned from a day already come and not yet over. */
const isCurrent = (stay: Stay, today: string) =>
  stay.status === 'checked_in' ||
  (stay.status === 'planned' && stay.since <= today && (stay.checkOut === null || today < stay.checkOut))

const whereOf = (stay: Stay) =>
  stay.facilityName && stay.roomName && stay.bedLabel
    ? `${stay.facilityName}, ${stay.roomName}, ${stay.bedLabel}`
    : null

/**
 * On a family's page: which members are in temporary accommodation now. Where they stay shows only when the
 * API tells the reader (`visibility: full`); others learn only since when.
 */
export const FamilyAccommodationFact = ({ familyId }: { familyId: string }) => {
  const { t, i18n } = useTranslation()
  const stays = useFamilyStays(familyId)
  const today = todayInVilnius()
  const current = (stays.data?.items ?? []).filter((stay) => isCurrent(stay, today))
  if (current.length === 0) return null
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="family-accommodation">
      <Text size="sm" fw={700} id="family-accommodation" mb={4}>
        {t('accommodation.family.title')}
      </Text>
      <Stack gap={2}>
        {current.map((stay) => {
          const since = formatDay(stay.since, i18n.language)
          const where = whereOf(stay)
          return (
            <Text key={stay.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                {stay.personName}
              </Text>
              {' — '}
              {where
                ? t('accommodation.family.where', { where, since })
                : t('accommodation.family.since', { since })}
            </Text>
          )
        })}
      </Stack>
    </Paper>
  )
}
