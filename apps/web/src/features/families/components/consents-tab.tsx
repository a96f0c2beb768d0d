import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { CONSENT_PURPOSES, type Consent, type ConsentPurpose, type Member } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useMembers } from '../../../reference/family-members'
import { useConsents } from '../api/list-consents'
import { ConsentForm } from './consent-form'
import { maySharePartners } from './partner-sharing'

const StateBadge = ({ consent }: { consent: Consent | undefined }) => {
  const { t } = useTranslation()
  if (!consent)
    return (
      <Badge color="gray" variant="light">
        {t('families.consents.notRecorded')}
      </Badge>
    )
  return (
    <Badge color={consent.given ? 'teal' : 'red'} variant="light">
      {consent.given ? t('families.consents.given') : t('families.consents.withdrawn')}
    </Badge>
  )
}

const fullName = (m: Member) => `${m.givenName} ${m.familyName}`

export const ConsentsTab = ({ familyId, canManage }: { familyId: string; canManage: boolean }) => {
  const { t, i18n } = useTranslation()
  const consents = useConsents(familyId)
  const members = useMembers(familyId)
  const [dialog, setDialog] = useState<{ member: Member; purpose: ConsentPurpose } | null>(null)
  const close = () => setDialog(null)

  return (
    <SectionShell query={bothQueries(consents, members)}>
      {([{ current, history, maySendToPartners }, memberList]) => {
        const partners = maySharePartners(memberList.items, current)
        const currentOf = (m: Member, purpose: ConsentPurpose) =>
          current.find((c) => c.personId === m.personId && c.purpose === purpose)

        return (
          <Stack>
            <Alert color={maySendToPartners ? 'teal' : 'orange'} role="status">
              {maySendToPartners ? t('families.consents.banner.may') : t('families.consents.banner.mayNot')}
            </Alert>
            <Alert color={partners ? 'teal' : 'gray'} role="status">
              {partners ? t('families.consents.banner.partners') : t('families.consents.banner.partnersNot')}
            </Alert>
            {canManage ? null : <Alert color="gray">{t('families.manageOnly')}</Alert>}
            {memberList.items.length === 0 ? <EmptyState title={t('families.consents.noMembers')} /> : null}
            {memberList.items.map((member) => (
              <Paper key={member.id} withBorder p="md" component="section" aria-label={fullName(member)}>
                <Title order={3} size="h5" mb="xs">
                  {fullName(member)}
                </Title>
                <Table.ScrollContainer minWidth={640}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('families.consents.purpose')}</Table.Th>
                        <Table.Th scope="col">{t('families.consents.state')}</Table.Th>
                        <Table.Th scope="col">{t('families.consents.note')}</Table.Th>
                        {canManage ? <Table.Th scope="col">{t('families.member.actions')}</Table.Th> : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {CONSENT_PURPOSES.map((purpose) => {
                        const consent = currentOf(member, purpose)
                        const purposeName = t(`families.consentPurposes.${purpose}`)
                        return (
                          <Table.Tr key={purpose}>
                            <Table.Th scope="row" fw={500}>
                              {purposeName}
                            </Table.Th>
                            <Table.Td>
                              <Stack gap={2} align="flex-start">
                                <StateBadge consent={consent} />
                                {consent ? (
                                  <Text size="xs" c="dimmed">
                                    {t('families.consents.recordedBy', {
                                      date: formatDateTime(consent.recordedAt, i18n.language),
                                      name: consent.recordedBy.name,
                                    })}
                                  </Text>
                                ) : null}
                              </Stack>
                            </Table.Td>
                            <Table.Td style={plainTextStyle}>{consent?.note ?? '—'}</Table.Td>
                            {canManage ? (
                              <Table.Td>
                                <Button
                                  size="xs"
                                  variant="default"
                                  aria-label={t('families.consents.recordAria', {
                                    name: fullName(member),
                                    purpose: purposeName,
                                  })}
                                  onClick={() => setDialog({ member, purpose })}
                                >
                                  {t('families.consents.record')}
                                </Button>
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        )
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            ))}
            <Title order={2} size="h4">
              {t('families.consents.history')}
            </Title>
            {history.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('families.consents.noHistory')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('families.consents.recorded')}</Table.Th>
                      <Table.Th scope="col">{t('families.consents.member')}</Table.Th>
                      <Table.Th scope="col">{t('families.consents.purpose')}</Table.Th>
                      <Table.Th scope="col">{t('families.consents.state')}</Table.Th>
                      <Table.Th scope="col">{t('families.consents.note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {history.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          {formatDateTime(c.recordedAt, i18n.language)} · {c.recordedBy.name}
                        </Table.Td>
                        <Table.Td>{c.personName}</Table.Td>
                        <Table.Td>{t(`families.consentPurposes.${c.purpose}`)}</Table.Td>
                        <Table.Td>
                          <StateBadge consent={c} />
                        </Table.Td>
                        <Table.Td style={plainTextStyle}>{c.note ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <GuardedModal
              opened={dialog !== null}
              onClose={close}
              title={dialog ? t('families.consents.recordTitle', { name: fullName(dialog.member) }) : ''}
            >
              {dialog ? (
                <ConsentForm
                  familyId={familyId}
                  member={dialog.member}
                  purpose={dialog.purpose}
                  onDone={close}
                />
              ) : null}
            </GuardedModal>
          </Stack>
        )
      }}
    </SectionShell>
  )
}
