import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useUpcomingConferences } from '../api/list-upcoming-conferences'

/** Case conferences still to come in the families you may see, for the home page. */
export const UpcomingConferencesCard = () => {
  const { t, i18n } = useTranslation()
  const upcoming = useUpcomingConferences()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="upcoming-heading">
      <Title order={2} size="h4" id="upcoming-heading" mb="sm">
        {t('families.home.upcoming')}
      </Title>
      <SectionShell
        compact
        query={upcoming}
        empty={{ when: (data) => data.items.length === 0, title: t('families.home.noUpcoming') }}
      >
        {({ items }) => (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((c) => (
              <Group key={c.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(c.heldAt, i18n.language)}
                </Text>
                <Anchor component={Link} to={`/families/${c.familyId}`} fw={600}>
                  {c.familyReferenceCode}
                </Anchor>
                <Text size="sm" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                  {c.agenda}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </SectionShell>
    </Paper>
  )
}
