import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCreateCalendarFeed } from '../api/create-calendar-feed'
import { useCalendarFeed } from '../api/get-calendar-feed'
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed'

/** The address just made: shown once, to copy into a mail client, with a warning that it is a secret. */
const NewAddress = ({ url }: { url: string }) => {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      <Alert color="yellow" title={t('calendar.feed.secretTitle')} role="alert">
        {t('calendar.feed.secret')}
      </Alert>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('calendar.feed.address')}
          value={url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  )
}

/** An iCalendar address of my calendar for a mail client: make, replace or stop it. */
export const CalendarFeedSection = () => {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="calendar-feed-heading">
      <Title order={2} size="h4" mb="md" id="calendar-feed-heading">
        {t('calendar.feed.title')}
      </Title>
      <CalendarFeed />
    </Paper>
  )
}

const CalendarFeed = () => {
  const feed = useCalendarFeed()
  return (
    <SectionShell query={feed} compact>
      {(data) => <FeedControls active={data.active} createdAt={data.createdAt} />}
    </SectionShell>
  )
}

const FeedControls = ({ active, createdAt }: { active: boolean; createdAt: string | null }) => {
  const { t, i18n } = useTranslation()
  const create = useCreateCalendarFeed()
  const revoke = useRevokeCalendarFeed()
  const [url, setUrl] = useState<string | null>(null)

  const make = () =>
    create.mutateAsync(undefined, {
      onSuccess: (created) => setUrl(created.url),
      onError: (error) => notifyError(error, t),
    })
  const stop = () =>
    revoke.mutateAsync(undefined, {
      onSuccess: () => {
        setUrl(null)
        notifySuccess(t('calendar.feed.revoked'))
      },
      onError: (error) => notifyError(error, t),
    })

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('calendar.feed.intro')}
      </Text>
      <Text>
        {active && createdAt
          ? t('calendar.feed.active', { date: formatDateTime(createdAt, i18n.language) })
          : t('calendar.feed.none')}
      </Text>
      {url ? <NewAddress url={url} /> : null}
      <Group>
        {active ? (
          <>
            <ConfirmButton
              label={t('calendar.feed.rotate')}
              title={t('calendar.feed.rotate')}
              message={t('calendar.feed.rotateWarning')}
              confirmLabel={t('calendar.feed.rotate')}
              keepLabel={t('calendar.feed.rotateKeep')}
              color="indigo"
              loading={create.isPending}
              onConfirm={make}
            />
            <ConfirmButton
              label={t('calendar.feed.revoke')}
              title={t('calendar.feed.revoke')}
              message={t('calendar.feed.revokeWarning')}
              confirmLabel={t('calendar.feed.revoke')}
              keepLabel={t('calendar.feed.revokeKeep')}
              loading={revoke.isPending}
              onConfirm={stop}
            />
          </>
        ) : (
          <Button onClick={() => void make().catch(() => undefined)} loading={create.isPending}>
            {t('calendar.feed.create')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
