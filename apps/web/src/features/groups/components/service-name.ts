import type { Service } from '@onestop/contracts'

/** A service's name in the reader's language. */
export const serviceName = (service: Pick<Service, 'nameLt' | 'nameEn'>, language: string) =>
  language === 'en' ? service.nameEn : service.nameLt
