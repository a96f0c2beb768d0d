import { useForm } from '@mantine/form'
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { renderWithApp } from '../../../test/render'
import {
  MunicipalityField,
  type MunicipalityValues,
  municipalityBody,
  municipalityValues,
} from './municipality-field'

let latest: MunicipalityValues | undefined

const Form = ({ stored }: { stored: string }) => {
  const form = useForm({ initialValues: municipalityValues(stored) })
  latest = form.values
  return (
    <MunicipalityField
      choice={form.getInputProps('municipality')}
      other={form.getInputProps('municipalityOther')}
    />
  )
}

describe('MunicipalityField', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('shows a stored official name as chosen, and anything else as other with its text', () => {
    expect(municipalityValues('Kretingos rajono savivaldybė')).toEqual({
      municipality: 'Kretingos rajono savivaldybė',
      municipalityOther: '',
    })
    expect(municipalityValues('Vilniaus m.')).toEqual({
      municipality: 'other',
      municipalityOther: 'Vilniaus m.',
    })
    expect(municipalityBody({ municipality: 'other', municipalityOther: ' Ryga ' })).toEqual({
      municipality: 'Ryga',
      municipalityOther: true,
    })
    expect(municipalityBody({ municipality: 'Neringos savivaldybė', municipalityOther: '' })).toEqual({
      municipality: 'Neringos savivaldybė',
    })
  })

  it('finds a municipality by part of its name and opens a text field only for other', async () => {
    const user = userEvent.setup()
    renderWithApp(<Form stored="" />)
    expect(screen.queryByRole('textbox', { name: /Savivaldybė ar vieta/ })).toBeNull()
    // Typing is not what is tested: the search text is set at once.
    await user.click(screen.getByRole('textbox', { name: /Savivaldybė/ }))
    fireEvent.change(screen.getByRole('textbox', { name: /Savivaldybė/ }), { target: { value: 'Kazl' } })
    await user.click(await screen.findByRole('option', { name: 'Kazlų Rūdos savivaldybė', hidden: true }))
    expect(latest?.municipality).toBe('Kazlų Rūdos savivaldybė')

    fireEvent.change(screen.getByRole('textbox', { name: /Savivaldybė/ }), { target: { value: '' } })
    await user.click(await screen.findByRole('option', { name: 'Kita (įrašykite)', hidden: true }))
    fireEvent.change(await screen.findByRole('textbox', { name: /Savivaldybė ar vieta/ }), {
      target: { value: 'Ryga' },
    })
    expect(latest).toEqual({ municipality: 'other', municipalityOther: 'Ryga' })
  })
})
