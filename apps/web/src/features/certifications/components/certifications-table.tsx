import { Stack, Table, Text } from '@mantine/core'
import type { Certification } from '@onestop/contracts'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, todayInVilnius } from '../../../lib/format'
import { certificationState } from './certification-state'
import { CertificationStateBadge } from './certification-state-badge'

/**
 * Certifications, one a row: who, what, at which level, from when to when, the proof and the supervisor.
 * `actions` adds a column of what the reader may do with each (correct, revoke).
 */
export const CertificationsTable = ({
  certifications,
  label,
  showStaff = true,
  actions,
}: {
  certifications: readonly Certification[]
  label: string
  showStaff?: boolean
  actions?: (certification: Certification) => ReactNode
}) => {
  const { t, i18n } = useTranslation()
  const today = todayInVilnius()
  return (
    <Table.ScrollContainer minWidth={actions ? 1040 : 860}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {showStaff ? <Table.Th scope="col">{t('certifications.fields.staff')}</Table.Th> : null}
            <Table.Th scope="col">{t('certifications.fields.methodology')}</Table.Th>
            <Table.Th scope="col">{t('certifications.fields.level')}</Table.Th>
            <Table.Th scope="col">{t('certifications.fields.period')}</Table.Th>
            <Table.Th scope="col">{t('certifications.fields.evidence')}</Table.Th>
            <Table.Th scope="col">{t('certifications.fields.supervisor')}</Table.Th>
            <Table.Th scope="col">{t('certifications.fields.state')}</Table.Th>
            {actions ? <Table.Th scope="col">{t('certifications.fields.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certifications.map((certification) => (
            <Table.Tr key={certification.id}>
              {showStaff ? (
                <Table.Th scope="row" fw={500}>
                  {certification.staff.name}
                </Table.Th>
              ) : null}
              <Table.Td>{certification.methodology.name}</Table.Td>
              <Table.Td>{t(`certifications.levels.${certification.level}`)}</Table.Td>
              <Table.Td>
                {t('certifications.period', {
                  from: formatDay(certification.certifiedOn, i18n.language),
                  until: formatDay(certification.validUntil, i18n.language),
                })}
              </Table.Td>
              <Table.Td>{certification.evidence ?? '—'}</Table.Td>
              <Table.Td>{certification.supervisor?.name ?? '—'}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <CertificationStateBadge state={certificationState(certification, today)} />
                  {certification.revocationReason ? (
                    <Text size="xs" c="dimmed">
                      {certification.revocationReason}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              {actions ? <Table.Td>{actions(certification)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
