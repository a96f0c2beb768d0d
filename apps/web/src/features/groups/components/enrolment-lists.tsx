import { Anchor, Badge, Button, Table, Text } from '@mantine/core'
import type { Enrolment } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime } from '../../../lib/format'

const PersonCell = ({ enrolment }: { enrolment: Enrolment }) => {
  const { t } = useTranslation()
  if (!enrolment.visible || enrolment.name === null)
    return (
      <Text span c="dimmed" size="sm">
        {t('groups.enrolments.hidden')}
      </Text>
    )
  return enrolment.familyId ? (
    <Anchor component={Link} to={`/families/${enrolment.familyId}`}>
      {enrolment.name}
    </Anchor>
  ) : (
    <Text span>{enrolment.name}</Text>
  )
}

/**
 * The enrolled (numbered in the order they came) or the waitlist (numbered by waitlist position, first in
 * line first). `onWithdraw` is offered for persons the reader can see.
 */
export const EnrolmentTable = ({
  kind,
  enrolments,
  onWithdraw,
}: {
  kind: 'enrolled' | 'waitlist'
  enrolments: readonly Enrolment[]
  onWithdraw?: (enrolment: Enrolment) => void
}) => {
  const { t, i18n } = useTranslation()
  const ordered =
    kind === 'waitlist'
      ? [...enrolments].sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))
      : enrolments
  const caption = kind === 'waitlist' ? t('groups.enrolments.waitlist') : t('groups.enrolments.enrolled')
  if (ordered.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {kind === 'waitlist' ? t('groups.enrolments.noWaitlist') : t('groups.enrolments.noneEnrolled')}
      </Text>
    )
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{kind === 'waitlist' ? t('groups.enrolments.position') : '#'}</Table.Th>
            <Table.Th scope="col">{t('groups.enrolments.person')}</Table.Th>
            <Table.Th scope="col">{t('groups.enrolments.since')}</Table.Th>
            {onWithdraw ? <Table.Th scope="col">{t('groups.enrolments.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((enrolment, index) => (
            <Table.Tr key={enrolment.id}>
              <Table.Td>
                {kind === 'waitlist' ? (
                  <Badge
                    variant="light"
                    color="orange"
                    aria-label={t('groups.enrolments.positionN', { n: enrolment.waitlistPosition })}
                  >
                    {enrolment.waitlistPosition}
                  </Badge>
                ) : (
                  index + 1
                )}
              </Table.Td>
              <Table.Td>
                <PersonCell enrolment={enrolment} />
              </Table.Td>
              <Table.Td>{formatDateTime(enrolment.createdAt, i18n.language)}</Table.Td>
              {onWithdraw ? (
                <Table.Td>
                  {enrolment.visible ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`${t('groups.enrolments.withdraw')}: ${enrolment.name ?? ''}`}
                      onClick={() => onWithdraw(enrolment)}
                    >
                      {t('groups.enrolments.withdraw')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
