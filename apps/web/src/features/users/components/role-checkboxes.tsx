import { Checkbox, type CheckboxGroupProps, SimpleGrid } from '@mantine/core'
import { ROLES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

type GroupProps = Omit<CheckboxGroupProps, 'children' | 'label'>

export const RoleCheckboxes = (props: GroupProps) => {
  const { t } = useTranslation()
  return (
    <Checkbox.Group label={t('users.fields.roles')} withAsterisk {...props}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  )
}
