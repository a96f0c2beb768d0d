import { Badge, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useOutsideReads } from '../api/list-outside-reads'

/** For the family's coordinators: who read it from a partner organisation or under break-glass. */
export const OutsideReads = ({ familyId }: { familyId: string }) => {
  const { t, i18n } = useTranslation()
  const reads = useOutsideReads(familyId)
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('families.outsideReads.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('families.outsideReads.hint')}
      </Text>
      <SectionShell
        query={reads}
        empty={{ when: (data) => data.items.length === 0, title: t('families.outsideReads.empty') }}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('families.outsideReads.at')}</Table.Th>
                  <Table.Th scope="col">{t('families.outsideReads.who')}</Table.Th>
                  <Table.Th scope="col">{t('families.outsideReads.action')}</Table.Th>
                  <Table.Th scope="col">{t('families.outsideReads.via')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((read) => (
                  <Table.Tr key={`${read.at}-${read.actorId}-${read.action}`}>
                    <Table.Td>{formatDateTime(read.at, i18n.language)}</Table.Td>
                    <Table.Td>
                      {read.actorName ?? '—'}
                      {read.organisationName ? (
                        <Text size="xs" c="dimmed">
                          {read.organisationName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {read.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={read.via === 'partner' ? 'indigo' : 'red'}>
                        {t(`families.outsideReads.${read.via}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionShell>
    </Stack>
  )
}
