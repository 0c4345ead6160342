// How the three roles are named in the interface.
import type { Role } from '../api/session'

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Admin', en: 'Administrator' },
  owner: { id: 'Pemilik program', en: 'Program owner' },
  evaluator: { id: 'Evaluator', en: 'Evaluator' },
}
