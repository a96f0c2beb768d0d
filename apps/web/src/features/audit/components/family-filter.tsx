import { FAMILY_REFERENCE_PATTERN } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FamilyPicker } from '../../../components/ui/family-picker'
import { useFamilySearch } from '../../../reference/families'

const REFERENCE = new RegExp(FAMILY_REFERENCE_PATTERN)
export const isFamilyReference = (value: string) => REFERENCE.test(value)

/**
 * Which family the log is filtered by, as its reference: a searchable select over the families the reader
 * may see (by a member's name or the reference). A full reference typed in is taken as it is, even of a family
 * the list does not show, such as one no longer shared with the organisation.
 */
export const FamilyFilter = ({
  value,
  onChange,
}: {
  /** A family reference, or empty. */
  value: string
  onChange: (reference: string) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  // Families are read (and the read logged) only once the reader opens the list or types.
  const [opened, setOpened] = useState(false)
  const typed = search.trim()
  // The chosen reference shown in the box is not a search.
  const query = typed === value ? '' : typed
  const found = useFamilySearch(query, opened || query !== '')
  return (
    <FamilyPicker
      families={found.families}
      searching={found.searching}
      by="referenceCode"
      chosen={isFamilyReference(value) ? { value, referenceCode: value } : undefined}
      placeholder={t('audit.filters.familyHint')}
      search={search}
      onSearchChange={(text) => {
        setSearch(text)
        // A full reference typed in filters at once, as the plain text box did.
        const reference = text.trim().toUpperCase()
        if (isFamilyReference(reference) && reference !== value) onChange(reference)
      }}
      onDropdownOpen={() => setOpened(true)}
      value={value || null}
      onChange={(reference) => onChange(reference ?? '')}
      w={240}
    />
  )
}
