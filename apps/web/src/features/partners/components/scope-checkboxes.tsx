import { Checkbox, type CheckboxGroupProps, Code, Stack } from '@mantine/core'
import type { PartnerScope } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PARTNER_SCOPES, SCOPE_KEYS } from './scopes'

/** Mantine does not tie a checkbox's description to it: the reader of a screen hears it through this id. */
const ScopeCheckbox = ({ scope }: { scope: PartnerScope }) => {
  const { t } = useTranslation()
  const descriptionId = useId()
  return (
    <Checkbox
      value={scope}
      label={<Code>{scope}</Code>}
      aria-describedby={descriptionId}
      description={<span id={descriptionId}>{t(`partners.scopes.${SCOPE_KEYS[scope]}`)}</span>}
    />
  )
}

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
          <ScopeCheckbox key={scope} scope={scope} />
        ))}
      </Stack>
    </Checkbox.Group>
  )
}
