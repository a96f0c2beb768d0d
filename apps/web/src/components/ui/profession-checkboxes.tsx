import { Checkbox, type CheckboxGroupProps, SimpleGrid } from '@mantine/core'
import { PROFESSIONS } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

/** The professions a staff member practises or a service needs, named in the reader's language. */
export const ProfessionCheckboxes = (props: Omit<CheckboxGroupProps, 'children' | 'label'>) => {
  const { t } = useTranslation()
  return (
    <Checkbox.Group label={t('users.fields.professions')} {...props}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {PROFESSIONS.map((profession) => (
          <Checkbox key={profession} value={profession} label={t(`professions.${profession}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  )
}
