// Who may change a program and what hangs off it (questionnaires, exclusions): an admin, or an
// owner of the program's agency. The server checks the same; the console only hides what would
// be refused.
import type { CurrentUser } from '../api/session'

export function canManageProgram(user: CurrentUser, program: { agencyId: number } | undefined) {
  if (!program) return false
  return user.role === 'admin' || (user.role === 'owner' && user.agencyId === program.agencyId)
}
