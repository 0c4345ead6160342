// Input and output schemas of the user-management routes (admin only).
import * as v from 'valibot'
import { ScopeSchema } from '../../http/output-schemas'

const RoleSchema = v.picklist(['admin', 'owner', 'evaluator'])
const IdSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
const NameSchema = v.pipe(v.string(), v.regex(/\S/, 'name.required'), v.maxLength(200))
const PasswordSchema = v.pipe(v.string(), v.minLength(10, 'password.too-short'), v.maxLength(1024))

function ScopeInputSchema() {
  return v.object({
    kind: v.picklist(['region', 'province', 'national'], 'scope.kind'),
    code: v.optional(v.pipe(v.string(), v.regex(/^\d{2}(\.\d{2})?$/, 'scope.code-format'))),
  })
}

export const UserIdParamSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'id.user')),
})

export const UserListQuerySchema = v.object({
  role: v.optional(RoleSchema),
  agencyId: v.optional(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'id.agency'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^([1-9]\d?|1\d\d|200)$/, 'limit.1-200'))),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'value.zero-or-more'))),
})

export const CreateUserSchema = v.object({
  email: v.pipe(v.string(), v.email('email.invalid'), v.maxLength(254)),
  name: NameSchema,
  role: RoleSchema,
  password: PasswordSchema,
  /** Required for owners. */
  agencyId: v.optional(v.nullable(IdSchema)),
  /** An evaluator's region (the same as scope { kind: 'region' }); an owner's is their agency's. */
  regionId: v.optional(v.nullable(IdSchema)),
  /** Evaluators: a region (code 63.71), a province (code 63) or national (no code). */
  scope: v.optional(v.nullable(ScopeInputSchema())),
})

export const UpdateUserSchema = v.object({
  name: v.optional(NameSchema),
  role: v.optional(RoleSchema),
  agencyId: v.optional(v.nullable(IdSchema)),
  regionId: v.optional(v.nullable(IdSchema)),
  scope: v.optional(v.nullable(ScopeInputSchema())),
  active: v.optional(v.boolean()),
  password: v.optional(PasswordSchema),
})

export const UserSchema = v.object({
  id: v.number(),
  email: v.string(),
  name: v.string(),
  role: RoleSchema,
  agencyId: v.nullable(v.number()),
  regionId: v.nullable(v.number()),
  /** Evaluators only: the regions they read. */
  scope: v.nullable(ScopeSchema),
  active: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
})

export const UserPageSchema = v.object({
  items: v.array(UserSchema),
  total: v.number(),
  limit: v.number(),
  offset: v.number(),
})

export type CreateUserInput = v.InferOutput<typeof CreateUserSchema>
export type UpdateUserInput = v.InferOutput<typeof UpdateUserSchema>
