import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RoleBadges } from '../../../components/ui/role-badges'
import { useCurrentUser } from '../../../lib/session-store'

/** The greeting and account summary; `children` are cards other areas add (composed in the routes). */
export const HomePage = ({ children }: { children?: ReactNode }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.greeting', { name: user.name })}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('home.organisation')}
          </Text>
          <Text fw={600}>{user.organisationName}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" mb={4}>
            {t('home.roles')}
          </Text>
          <RoleBadges roles={user.roles} />
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" mb={4}>
            {t('home.professions')}
          </Text>
          {user.professions.length > 0 ? (
            <Group gap={4}>
              <Text>{user.professions.map((p) => t(`professions.${p}`)).join(', ')}</Text>
            </Group>
          ) : (
            <Text c="dimmed">{t('home.noProfessions')}</Text>
          )}
        </Paper>
      </SimpleGrid>
      {children}
    </Stack>
  )
}
