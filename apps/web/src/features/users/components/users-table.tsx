import { Anchor, Badge, Table } from '@mantine/core'
import type { User } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Static } from 'typebox'
import { RoleBadges } from '../../../components/ui/role-badges'

export const UsersTable = ({ users }: { users: readonly Static<typeof User>[] }) => {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.mfa')}</Table.Th>
            <Table.Th scope="col">{t('users.hours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Anchor component={Link} to={`/users/${user.id}`}>
                  {user.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <RoleBadges roles={user.roles} />
              </Table.Td>
              <Table.Td>
                <Badge color={user.active ? 'teal' : 'gray'} variant="light">
                  {user.active ? t('users.statuses.active') : t('users.statuses.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{user.mfaEnabled ? t('common.yes') : t('common.no')}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/staff/${user.id}/hours`}
                  aria-label={t('users.hoursOf', { name: user.name })}
                >
                  {t('users.hours')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
