import { Select, type SelectProps, TextInput, type TextInputProps } from '@mantine/core'
import { isMunicipality, MUNICIPALITIES } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { required } from './family-validation'

/** The choice that opens a free-text field: a place that is not a Lithuanian municipality. */
export const MUNICIPALITY_OTHER = 'other'

/** A form's two fields: the chosen municipality (or MUNICIPALITY_OTHER) and the text of an other one. */
export interface MunicipalityValues {
  municipality: string
  municipalityOther: string
}

/** How a stored municipality shows in the form: chosen from the list, or as other with its text; none yet. */
export const municipalityValues = (stored: string): MunicipalityValues =>
  stored === '' || isMunicipality(stored)
    ? { municipality: stored, municipalityOther: '' }
    : { municipality: MUNICIPALITY_OTHER, municipalityOther: stored }

/** What the API takes: an official name, or a free text marked as other. */
export const municipalityBody = (values: MunicipalityValues) =>
  values.municipality === MUNICIPALITY_OTHER
    ? { municipality: values.municipalityOther.trim(), municipalityOther: true }
    : { municipality: values.municipality }

/** The text to show for the form's municipality, e.g. on the intake's review step. */
export const municipalityText = (values: MunicipalityValues) =>
  values.municipality === MUNICIPALITY_OTHER ? values.municipalityOther.trim() : values.municipality

export const validateMunicipality = (t: TFunction, values: MunicipalityValues) => ({
  municipality: required(t)(values.municipality),
  municipalityOther:
    values.municipality === MUNICIPALITY_OTHER ? required(t)(values.municipalityOther) : null,
})

/** Lithuania's municipalities as searchable options, in the list's order. */
export const MUNICIPALITY_OPTIONS = MUNICIPALITIES.map((name) => ({ value: name, label: name }))

export const MunicipalityField = ({
  choice,
  other,
}: {
  choice: Pick<SelectProps, 'value' | 'onChange' | 'error' | 'onFocus' | 'onBlur'>
  other: Pick<TextInputProps, 'value' | 'onChange' | 'error' | 'onFocus' | 'onBlur'>
}) => {
  const { t } = useTranslation()
  return (
    <>
      <Select
        label={t('families.fields.municipality')}
        required
        searchable
        data={[
          ...MUNICIPALITY_OPTIONS,
          { value: MUNICIPALITY_OTHER, label: t('families.municipalityOtherChoice') },
        ]}
        nothingFoundMessage={t('families.municipalityNotFound')}
        {...choice}
      />
      {choice.value === MUNICIPALITY_OTHER ? (
        <TextInput label={t('families.municipalityOtherText')} required {...other} />
      ) : null}
    </>
  )
}
