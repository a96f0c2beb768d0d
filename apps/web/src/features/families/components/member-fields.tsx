import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import type { GetInputPropsReturnType } from '@mantine/form'
import { GENDERS, MEMBER_ROLES } from '@onestop/contracts'
import type { ChangeEvent, FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInVilnius } from '../../../lib/format'
import type { MemberField } from './member-values'

interface MemberFieldsProps {
  /** The form's input props for one of the member's fields. */
  inputProps: (field: MemberField, checkbox?: boolean) => GetInputPropsReturnType
  /** False when the contacts are confidential and hidden from the caller: they cannot be edited. */
  contactsVisible?: boolean
  /** Checks one field now, so the birth date and personal code are judged as they are typed. */
  validateField: (field: MemberField) => void
}

/** The fields of one family member, for intake and for adding or editing a member. */
export const MemberFields = ({ inputProps, contactsVisible = true, validateField }: MemberFieldsProps) => {
  const { t } = useTranslation()
  const birthDate = inputProps('birthDate')
  const personalCode = inputProps('personalCode')
  // A code is judged once it is complete, or again while it is wrong, not at every digit typed.
  const checkCode = (code: string) => {
    if (code.length >= 11 || personalCode.error) validateField('personalCode')
  }
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('families.member.givenName')}
          required
          autoComplete="off"
          {...inputProps('givenName')}
        />
        <TextInput
          label={t('families.member.familyName')}
          required
          autoComplete="off"
          {...inputProps('familyName')}
        />
        <TextInput
          label={t('families.member.birthDate')}
          type="date"
          required
          max={todayInVilnius()}
          {...birthDate}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            birthDate.onChange(event)
            validateField('birthDate')
            if (personalCode.value) validateField('personalCode')
          }}
        />
        <Select
          label={t('families.member.gender')}
          required
          data={GENDERS.map((gender) => ({ value: gender, label: t(`families.genders.${gender}`) }))}
          {...inputProps('gender')}
        />
        <Select
          label={t('families.member.role')}
          required
          data={MEMBER_ROLES.map((role) => ({ value: role, label: t(`families.memberRoles.${role}`) }))}
          {...inputProps('role')}
        />
        <TextInput
          label={t('families.member.personalCode')}
          description={t('families.member.personalCodeHint')}
          inputMode="numeric"
          maxLength={11}
          autoComplete="off"
          {...personalCode}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            personalCode.onChange(event)
            checkCode(event.currentTarget.value)
          }}
          onBlur={(event: FocusEvent<HTMLInputElement>) => {
            personalCode.onBlur?.(event)
            validateField('personalCode')
          }}
        />
      </SimpleGrid>
      {contactsVisible ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('families.member.phone')}
              type="tel"
              autoComplete="off"
              {...inputProps('phone')}
            />
            <TextInput
              label={t('families.member.email')}
              type="email"
              autoComplete="off"
              {...inputProps('email')}
            />
          </SimpleGrid>
          <TextInput label={t('families.member.address')} autoComplete="off" {...inputProps('address')} />
          <Switch
            label={t('families.member.confidential')}
            description={t('families.member.confidentialHint')}
            {...inputProps('contactsConfidential', true)}
          />
        </>
      ) : null}
    </Stack>
  )
}
