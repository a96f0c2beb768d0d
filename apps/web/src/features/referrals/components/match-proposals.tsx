import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AcceptIntoFamilyForm } from './accept-into-family-form'

/**
 * Families of the organisation that may be the referred family already: which persons matched and how.
 * While the referral waits, each offers to accept the referral into it.
 */
export const MatchProposals = ({
  referral,
  onAccepted,
}: {
  referral: IncomingReferral
  onAccepted: (accepted: IncomingReferral) => void
}) => {
  const { t } = useTranslation()
  const persons = new Map(referral.persons.map((person) => [person.id, person]))
  return (
    <Stack gap="xs" mb="md" component="section" aria-labelledby="referral-matches">
      <Title order={2} size="h4" id="referral-matches">
        {t('referrals.matches.title')}
      </Title>
      {referral.matches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('referrals.matches.none')}
        </Text>
      ) : null}
      {referral.matches.map((match) => (
        <Paper
          withBorder
          p="sm"
          key={match.family.id}
          component="article"
          aria-label={t('referrals.matches.family', { code: match.family.referenceCode })}
        >
          <Group gap="xs" mb="xs">
            <Anchor component={Link} to={`/families/${match.family.id}`} fw={600}>
              {t('referrals.matches.family', { code: match.family.referenceCode })}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`families.statuses.${match.family.status}`)}
            </Text>
          </Group>
          <List size="sm" mb="xs">
            {match.persons.map((matched) => {
              const person = persons.get(matched.referralPersonId)
              return (
                <List.Item key={matched.referralPersonId + matched.memberId}>
                  {t(`referrals.matches.by.${matched.matchedBy}`, {
                    name: person ? `${person.givenName} ${person.familyName}` : '—',
                  })}
                </List.Item>
              )
            })}
          </List>
          {referral.status === 'received' ? (
            <AcceptIntoFamilyForm
              referralId={referral.id}
              familyId={match.family.id}
              referenceCode={match.family.referenceCode}
              onAccepted={onAccepted}
            />
          ) : null}
        </Paper>
      ))}
    </Stack>
  )
}
