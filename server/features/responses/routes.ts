// Public submissions (POST /api/public/forms/:slug/responses, rate limited per client address)
// and the receipt lookup that lets the thank-you page be reloaded.
import { Hono, type MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { describeRoute, resolver } from 'hono-openapi'
import { AppError, said } from '../../http/app-error'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { RateLimiter } from '../../http/rate-limiter'
import { validate } from '../../http/validate'
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE } from './device-token'
import { ReceiptLookupSchema, ReceiptSchema, SubmissionSchema } from './schemas'
import { createSubmissionService, lookUpReceipt } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

function rateLimit(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiter(deps.config.rateLimitPerMinute, 60_000)
  return async (c, next) => {
    const { allowed, retryAfter } = limiter.hit(c.get('clientAddress'), deps.now().getTime())
    if (!allowed) {
      const detail = said('submissions.too-many', { seconds: retryAfter })
      throw new AppError('rate_limited', detail, undefined, { 'retry-after': String(retryAfter) })
    }
    await next()
  }
}

/** Mounted under /api. */
export function responseRoutes(deps: AppDeps) {
  const submissions = createSubmissionService(deps)
  return new Hono<AppEnv>()
    .post(
      '/public/forms/:slug/responses',
      describeRoute({
        tags: ['public'],
        summary: 'Submit answers to an open link (anyone; rate limited per address)',
        responses: {
          200: json(ReceiptSchema, 'This idempotency key was stored before: its first receipt'),
          201: json(ReceiptSchema, 'Stored durably'),
        },
      }),
      rateLimit(deps),
      validate('json', SubmissionSchema),
      async (c) => {
        const slug = c.req.param('slug')
        const result = await submissions.submit(
          slug,
          c.req.valid('json'),
          getCookie(c, DEVICE_COOKIE),
        )
        if (result.deviceCookie) {
          setCookie(c, DEVICE_COOKIE, result.deviceCookie, {
            httpOnly: true,
            sameSite: 'Lax',
            secure: deps.config.secureCookies,
            path: '/',
            maxAge: DEVICE_COOKIE_MAX_AGE,
          })
        }
        return c.json({ receipt: result.receipt, submittedAt: result.submittedAt }, result.status)
      },
    )
    .get(
      '/public/receipts/:receipt',
      describeRoute({
        tags: ['public'],
        summary: 'A receipt with its time and program (no answers), for the thank-you page',
        responses: { 200: json(ReceiptLookupSchema, 'The receipt') },
      }),
      async (c) => c.json(await lookUpReceipt(deps, c.req.param('receipt'))),
    )
}
