import type { Profession, RoomKind, Service, ServiceMode } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import type { CreateServiceInput, UpdateServiceInput } from '../api/save-service'

export interface ServiceFormValues {
  code: string
  catalogueCode: string
  nameLt: string
  nameEn: string
  mode: ServiceMode
  professions: Profession[]
  roomKinds: RoomKind[]
  defaultDurationMinutes: number | string
  defaultCapacity: number | string
  methodologyId: string | null
  active: boolean
}

export const emptyServiceForm: ServiceFormValues = {
  code: '',
  catalogueCode: '',
  nameLt: '',
  nameEn: '',
  mode: 'individual',
  professions: [],
  roomKinds: [],
  defaultDurationMinutes: 60,
  defaultCapacity: '',
  methodologyId: null,
  active: true,
}

export const serviceFormOf = (service: Service): ServiceFormValues => ({
  code: service.code,
  catalogueCode: service.catalogueCode ?? '',
  nameLt: service.nameLt,
  nameEn: service.nameEn,
  mode: service.mode,
  professions: [...service.professions],
  roomKinds: [...service.roomKinds],
  defaultDurationMinutes: service.defaultDurationMinutes,
  defaultCapacity: service.defaultCapacity ?? '',
  methodologyId: service.methodology?.id ?? null,
  active: service.active,
})

const CODE = /^[a-z0-9][a-z0-9_-]*$/
const CATALOGUE_CODE = /^[0-9A-Za-z.-]+$/
const wholeIn = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** The checks the API makes on each field, so most mistakes show before anything is sent. */
export const validateServiceForm = (values: ServiceFormValues, t: TFunction): Record<string, string> => {
  const errors: Record<string, string> = {}
  const code = values.code.trim()
  if (code.length < 2 || code.length > 50 || !CODE.test(code))
    errors.code = t('servicesAdmin.service.codeRule')
  const catalogueCode = values.catalogueCode.trim()
  if (catalogueCode && (catalogueCode.length > 20 || !CATALOGUE_CODE.test(catalogueCode)))
    errors.catalogueCode = t('servicesAdmin.service.catalogueCodeRule')
  if (!values.nameLt.trim()) errors.nameLt = t('validation.required')
  if (!values.nameEn.trim()) errors.nameEn = t('validation.required')
  if (values.professions.length === 0) errors.professions = t('servicesAdmin.service.professionsRequired')
  if (!wholeIn(values.defaultDurationMinutes, 5, 600))
    errors.defaultDurationMinutes = t('servicesAdmin.service.durationRule')
  if (values.defaultCapacity === '') {
    if (values.mode === 'group') errors.defaultCapacity = t('servicesAdmin.service.capacityRequired')
  } else if (!wholeIn(values.defaultCapacity, 1, 500))
    errors.defaultCapacity = t('servicesAdmin.service.capacityRule')
  return errors
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined)
const numberOrNull = (value: number | string) => (typeof value === 'number' ? value : null)

export const toCreateBody = (values: ServiceFormValues): CreateServiceInput => {
  const catalogueCode = optional(values.catalogueCode)
  const capacity = numberOrNull(values.defaultCapacity)
  return {
    code: values.code.trim(),
    ...(catalogueCode ? { catalogueCode } : {}),
    nameLt: values.nameLt.trim(),
    nameEn: values.nameEn.trim(),
    mode: values.mode,
    professions: values.professions,
    roomKinds: values.roomKinds,
    defaultDurationMinutes: Number(values.defaultDurationMinutes),
    ...(capacity !== null ? { defaultCapacity: capacity } : {}),
    ...(values.methodologyId ? { methodologyId: values.methodologyId } : {}),
    active: values.active,
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

/** Only what changed, so the audit log names the fields really edited; empty when nothing did. */
export const toUpdateBody = (values: ServiceFormValues, service: Service): UpdateServiceInput => {
  const body: UpdateServiceInput = {}
  const code = values.code.trim()
  const catalogueCode = optional(values.catalogueCode) ?? null
  const capacity = numberOrNull(values.defaultCapacity)
  if (code !== service.code) body.code = code
  if (catalogueCode !== service.catalogueCode) body.catalogueCode = catalogueCode
  if (values.nameLt.trim() !== service.nameLt) body.nameLt = values.nameLt.trim()
  if (values.nameEn.trim() !== service.nameEn) body.nameEn = values.nameEn.trim()
  if (values.mode !== service.mode) body.mode = values.mode
  if (!sameSet(values.professions, service.professions)) body.professions = values.professions
  if (!sameSet(values.roomKinds, service.roomKinds)) body.roomKinds = values.roomKinds
  if (Number(values.defaultDurationMinutes) !== service.defaultDurationMinutes)
    body.defaultDurationMinutes = Number(values.defaultDurationMinutes)
  if (capacity !== service.defaultCapacity) body.defaultCapacity = capacity
  if (values.methodologyId !== (service.methodology?.id ?? null)) body.methodologyId = values.methodologyId
  if (values.active !== service.active) body.active = values.active
  return body
}
