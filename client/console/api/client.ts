// The typed API client: route paths, inputs and answers come from the server's Hono app type.
// ApiType holds the routes as mounted under /api, hence the base.
import { hc } from 'hono/client'
import type { ApiType } from '../../../server/app'

export const api = hc<ApiType>('/api')
