import { Anchor, Badge, Collapse, List, Stack, Table, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { AuditEntry } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { formatDateTime } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import { auditSentence, foldedDeed } from './audit-sentence'

type Entry = Static<typeof AuditEntry>

const OUTCOME_COLOURS = { success: 'teal', failure: 'orange', denied: 'red' } as const

/** The folded list reads, each with its own time: what the log holds, one line each. */
const FoldedReads = ({ entry }: { entry: Entry }) => {
  const { t, i18n } = useTranslation()
  const [opened, { toggle }] = useDisclosure(false)
  return (
    <>
      <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={opened}>
        {t('audit.showFolded')}
      </Anchor>
      <Collapse in={opened}>
        <List size="xs" spacing={2}>
          {[entry, ...entry.folded].map((read) => (
            <List.Item key={read.id}>
              {`${formatDateTime(read.at, i18n.language)} — ${foldedDeed(t, read)}`}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </>
  )
}

export const AuditTable = ({ entries }: { entries: readonly Entry[] }) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.what')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Text size="sm">{auditSentence(t, entry)}</Text>
                  {/* Partner staff reading or changing this organisation's families. */}
                  {entry.actorOrganisationId && entry.actorOrganisationId !== user.organisationId ? (
                    <Badge color="grape" variant="light" size="sm">
                      {t('audit.otherOrganisation')}
                    </Badge>
                  ) : null}
                  {entry.folded.length > 0 ? <FoldedReads entry={entry} /> : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOURS[entry.outcome]} variant="light">
                  {t(`audit.outcomes.${entry.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{entry.ip ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
