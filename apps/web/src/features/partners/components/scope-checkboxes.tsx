import { Checkbox, type CheckboxGroupProps, Code, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PARTNER_SCOPES, SCOPE_KEYS } from './scopes'

/** Each scope by its code, as the partner's developer meets it, and what it allows in the reader's language. */
export const ScopeCheckboxes = (props: Omit<CheckboxGroupProps, 'children' | 'label'>) => {
  const { t } = useTranslation()
  return (
    <Checkbox.Group
      label={t('partners.fields.scopes')}
      description={t('partners.fields.scopesHint')}
      withAsterisk
      {...props}
    >
      <Stack mt="xs" gap="sm">
        {PARTNER_SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            value={scope}
            label={<Code>{scope}</Code>}
            description={t(`partners.scopes.${SCOPE_KEYS[scope]}`)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  )
}
