import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useDeclineReferral } from '../api/decide-referral'
import { AcceptNewFamilyForm } from './accept-new-family-form'

/** The answer to a waiting referral: take the persons in as a new family, or decline with a reason. */
export const ReferralAnswer = ({
  referral,
  onAccepted,
}: {
  referral: IncomingReferral
  onAccepted: (accepted: IncomingReferral) => void
}) => {
  const { t } = useTranslation()
  const decline = useDeclineReferral(referral.id)
  const [declining, setDeclining] = useState(false)
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="referral-answer">
      <Stack>
        <Title order={2} size="h4" id="referral-answer">
          {t('referrals.answer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referrals.answer.hint')}
        </Text>
        <AcceptNewFamilyForm referralId={referral.id} onAccepted={onAccepted} />
        {declining ? (
          <ReasonForm
            label={t('referrals.decline.reason')}
            description={t('referrals.decline.reasonHint')}
            minLength={10}
            submitLabel={t('referrals.decline.submit')}
            keepLabel={t('referrals.decline.keep')}
            problemTitle={t('referrals.decline.refused')}
            successMessage={t('referrals.decline.done')}
            submit={(reason) => decline.mutateAsync(reason)}
            onCancel={() => setDeclining(false)}
          />
        ) : (
          <Group>
            <Button variant="light" color="red" onClick={() => setDeclining(true)}>
              {t('referrals.decline.open')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
