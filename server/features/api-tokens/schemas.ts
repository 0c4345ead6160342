// Input and output schemas of the API token routes.
import * as v from 'valibot'
import { IdString } from '../../http/query-schemas'
import { TOKEN_SCOPES } from './scopes'

export const CreateTokenSchema = v.object({
  name: v.pipe(v.string(), v.regex(/\S/, 'Enter a name.'), v.maxLength(100)),
  scopes: v.pipe(
    v.array(v.picklist(TOKEN_SCOPES, `Use one of ${TOKEN_SCOPES.join(', ')}.`)),
    v.minLength(1, 'Choose at least one scope.'),
    v.maxLength(TOKEN_SCOPES.length),
  ),
  /** ISO date-time; default 90 days from now, at most one year. */
  expiresAt: v.optional(v.pipe(v.string(), v.isoTimestamp('Use an ISO 8601 date and time.'))),
})

export const TokenIdParamSchema = v.object({ id: IdString })

export const TokenSchema = v.object({
  id: v.number(),
  name: v.string(),
  /** The first characters, to recognise the token. */
  prefix: v.string(),
  scopes: v.array(v.picklist(TOKEN_SCOPES)),
  createdAt: v.string(),
  expiresAt: v.string(),
  lastUsedAt: v.nullable(v.string()),
  revokedAt: v.nullable(v.string()),
})

export const TokenListSchema = v.object({ items: v.array(TokenSchema) })

/** The creation answer: the only time the token itself is shown. */
export const CreatedTokenSchema = v.object({
  ...TokenSchema.entries,
  token: v.string(),
})

export type CreateTokenInput = v.InferOutput<typeof CreateTokenSchema>
