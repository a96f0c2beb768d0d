import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export type ChangePasswordInput = RouteBody<typeof routes.changePassword>

export const useChangePassword = () =>
  useMutation({ mutationFn: (body: ChangePasswordInput) => apiCall(routes.changePassword, { body }) })
