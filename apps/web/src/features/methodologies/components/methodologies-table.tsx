import { Anchor, Table } from '@mantine/core'
import type { Methodology } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { MethodologyActiveBadge } from './methodology-active-badge'
import { groupSizeText, sessionsText, validityText } from './methodology-facts'

/** The catalogue, one methodology a row, its name opening its page. */
export const MethodologiesTable = ({ methodologies }: { methodologies: readonly Methodology[] }) => {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={t('methodologies.list.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('methodologies.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.format')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.sessions')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.maxGroupSize')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.facilitatorsPerGroup')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.certificationValidity')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {methodologies.map((methodology) => (
            <Table.Tr key={methodology.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/methodologies/${methodology.id}`} fw={600}>
                  {methodology.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`methodologies.formats.${methodology.format}`)}</Table.Td>
              <Table.Td>{sessionsText(methodology, t)}</Table.Td>
              <Table.Td>{groupSizeText(methodology.maxGroupSize, t)}</Table.Td>
              <Table.Td>{methodology.facilitatorsPerGroup}</Table.Td>
              <Table.Td>{validityText(methodology.certificationValidityMonths, t)}</Table.Td>
              <Table.Td>
                <MethodologyActiveBadge active={methodology.active} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
