// The logged-in user: `getMe` (null when logged out), login and logout.
import { action, query } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { ApiError } from '../../shared/problem'
import { api } from './client'
import { unwrap } from './unwrap'

export const getMe = query(async () => {
  try {
    return await unwrap(api.me.$get(), { reportLogout: false })
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    throw error
  }
}, 'me')

export type CurrentUser = InferResponseType<typeof api.me.$get, 200>
export type Role = CurrentUser['role']

export const login = action(async (credentials: { email: string; password: string }) => {
  const user = await unwrap(api.auth.login.$post({ json: credentials }), { reportLogout: false })
  query.clear()
  query.set(getMe.keyFor(), user)
  return user
}, 'login')

export const logout = action(async () => {
  await unwrap(api.auth.logout.$post(), { reportLogout: false })
  query.clear()
}, 'logout')
