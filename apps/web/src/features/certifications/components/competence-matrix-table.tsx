import { Table, Text } from '@mantine/core'
import type { RouteResult } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { CompetenceStatusBadge } from './competence-status-badge'

type Matrix = RouteResult<typeof routes.getCompetenceMatrix>

const STAFF_COLUMN = 220
const METHODOLOGY_COLUMN = 170

/** Staff down, methodologies across, scrolling sideways inside its region on a narrow screen. */
export const CompetenceMatrixTable = ({ matrix, labelledBy }: { matrix: Matrix; labelledBy: string }) => {
  const { t } = useTranslation()
  return (
    <ScrollRegion
      labelledBy={labelledBy}
      minWidth={STAFF_COLUMN + METHODOLOGY_COLUMN * matrix.methodologies.length}
    >
      <Table striped aria-labelledby={labelledBy} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={STAFF_COLUMN}>
              {t('certifications.fields.staff')}
            </Table.Th>
            {matrix.methodologies.map((methodology) => (
              <Table.Th key={methodology.id} scope="col" w={METHODOLOGY_COLUMN}>
                {methodology.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.staff.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {person.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {person.professions.map((p) => t(`professions.${p}`)).join(', ')}
                </Text>
              </Table.Th>
              {person.cells.map((cell) => (
                <Table.Td key={cell.methodologyId}>
                  <CompetenceStatusBadge cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
