import type { UpdateMemberBody } from '@onestop/contracts'
import type { Static } from 'typebox'
import { ConflictError } from '../../lib/errors.js'

/**
 * Confidential contacts (e.g. the address of a parent hiding from a violent partner) are read only by the
 * family's responsible case manager, wherever a member is shown.
 */
export const mayReadContacts = (
  access: { responsible: boolean },
  person: { contactsConfidential: boolean },
) => !person.contactsConfidential || access.responsible

/** Writing contacts one cannot read would overwrite them blind; making them visible would reveal them. */
export function assertMayChangeContacts(
  access: { responsible: boolean },
  person: { contactsConfidential: boolean },
  body: Pick<Static<typeof UpdateMemberBody>, 'contacts' | 'contactsConfidential'>,
) {
  if (mayReadContacts(access, person)) return
  if (body.contacts !== undefined || body.contactsConfidential === false)
    throw new ConflictError(
      "These contacts are confidential: only the family's responsible case manager may change them or make them visible. Nothing was changed.",
      'confidential-contacts',
    )
}
