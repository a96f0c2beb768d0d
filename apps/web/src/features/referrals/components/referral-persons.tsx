import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { formatDay } from '../../../lib/format'

/** The referred persons, one card each, so that a phone shows them without scrolling sideways. */
export const ReferralPersons = ({ persons }: { persons: IncomingReferral['persons'] }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack gap="xs" mb="md" component="section" aria-labelledby="referral-persons">
      <Title order={2} size="h4" id="referral-persons">
        {t('referrals.persons.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {persons.map((person) => (
          <Paper withBorder p="sm" key={person.id}>
            <Text fw={600}>
              {person.givenName} {person.familyName}
            </Text>
            <SimpleGrid cols={2} mt="xs">
              <Fact label={t('referrals.persons.role')}>{t(`families.memberRoles.${person.role}`)}</Fact>
              <Fact label={t('referrals.persons.birthDate')}>
                {formatDay(person.birthDate, i18n.language)}
              </Fact>
              <Fact label={t('referrals.persons.personalCode')}>{person.personalCode ?? '—'}</Fact>
              <Fact label={t('referrals.persons.contacts')}>
                {[person.contacts.phone, person.contacts.email, person.contacts.address]
                  .filter(Boolean)
                  .join(', ') || '—'}
              </Fact>
            </SimpleGrid>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  )
}
