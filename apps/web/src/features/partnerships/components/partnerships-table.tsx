import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import type { Partnership } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDay } from '../../../lib/format'
import { AcceptButton } from './accept-button'
import { PartnershipStatusBadge } from './status-badge'

const OPEN = new Set(['proposed', 'scheduled', 'live'])

/** The other side of a partnership, seen from the caller's organisation. */
export const otherOrganisation = (partnership: Partnership, ownOrganisationId: string) =>
  partnership.organisation.id === ownOrganisationId
    ? partnership.partnerOrganisation
    : partnership.organisation

export const PartnershipsTable = ({
  items,
  ownOrganisationId,
  mayAgree,
  onEnd,
}: {
  items: readonly Partnership[]
  ownOrganisationId: string
  mayAgree: boolean
  onEnd: (partnership: Partnership) => void
}) => {
  const { t, i18n } = useTranslation()
  const day = (value: string) => formatDay(value, i18n.language)
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('partnerships.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partnerships.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('partnerships.columns.agreement')}</Table.Th>
            <Table.Th scope="col">{t('partnerships.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('partnerships.columns.services')}</Table.Th>
            <Table.Th scope="col">{t('partnerships.columns.status')}</Table.Th>
            {mayAgree ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('partnerships.columns.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((partnership) => {
            const other = otherOrganisation(partnership, ownOrganisationId)
            const owner = partnership.organisation.id === ownOrganisationId
            const services = partnership.services.map((s) => (i18n.language === 'en' ? s.nameEn : s.nameLt))
            return (
              <Table.Tr key={partnership.id}>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {other.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(owner ? 'partnerships.direction.owner' : 'partnerships.direction.partner')}
                    </Text>
                  </Stack>
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{partnership.agreementReference}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {partnership.endsOn
                    ? t('partnerships.range', {
                        start: day(partnership.startsOn),
                        end: day(partnership.endsOn),
                      })
                    : t('partnerships.openEnded', { start: day(partnership.startsOn) })}
                </Table.Td>
                <Table.Td>
                  {services.length > 0 ? services.join(', ') : t('partnerships.noServices')}
                </Table.Td>
                <Table.Td miw={150}>
                  <Stack gap={2} align="flex-start">
                    <PartnershipStatusBadge status={partnership.status} />
                    {partnership.endReason ? (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {t('partnerships.endedReason', { reason: partnership.endReason })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                {mayAgree ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {partnership.status === 'proposed' && !owner ? (
                        <AcceptButton partnershipId={partnership.id} organisationName={other.name} />
                      ) : null}
                      {OPEN.has(partnership.status) ? (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('partnerships.endAria', { name: other.name })}
                          onClick={() => onEnd(partnership)}
                        >
                          {t('partnerships.end')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
