// Input and output schemas of the auth routes.
import * as v from 'valibot'
import { ScopeSchema } from '../../http/output-schemas'

export const LoginSchema = v.object({
  // Only the shape name@host: the login looks an account up, and the first admin's default
  // address, admin@localhost, has no dot in its host (valibot's email() would refuse it).
  email: v.pipe(v.string(), v.regex(/^[^\s@]+@[^\s@]+$/, 'email.invalid'), v.maxLength(254)),
  password: v.pipe(v.string(), v.minLength(1, 'password.required'), v.maxLength(1024)),
})

export const MeSchema = v.object({
  id: v.number(),
  email: v.string(),
  name: v.string(),
  role: v.picklist(['admin', 'owner', 'evaluator']),
  agencyId: v.nullable(v.number()),
  regionId: v.nullable(v.number()),
  /** Evaluators only: the regions they read. */
  scope: v.nullable(ScopeSchema),
})

export const PasswordChangeSchema = v.object({
  currentPassword: v.pipe(
    v.string(),
    v.minLength(1, 'Enter your current password.'),
    v.maxLength(1024),
  ),
  newPassword: v.pipe(
    v.string(),
    v.minLength(10, 'Use at least 10 characters.'),
    v.maxLength(1024),
  ),
})
