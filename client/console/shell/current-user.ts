// The logged-in user, provided by the Shell to every page under it.
import { createContext, useContext, type Accessor } from 'solid-js'
import type { CurrentUser } from '../api/session'

export const CurrentUserContext = createContext<Accessor<CurrentUser>>()

export function useCurrentUser(): Accessor<CurrentUser> {
  const user = useContext(CurrentUserContext)
  if (!user) throw new Error('useCurrentUser() outside the Shell')
  return user
}
