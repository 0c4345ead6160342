// Public submissions (POST /api/public/forms/:slug/responses, rate limited per client address)
// and the receipt lookup that lets the thank-you page be reloaded.
import { Hono, type MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { describeRoute } from 'hono-openapi'
import { AppError, said } from '../../http/app-error'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { json, problem, problems } from '../../http/openapi-responses'
import { RateLimiter } from '../../http/rate-limiter'
import { validate } from '../../http/validate'
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE } from './device-token'
import { ReceiptLookupSchema, ReceiptSchema, SubmissionSchema } from './schemas'
import { createSubmissionService, lookUpReceipt } from './service'

/** A limit of `perMinute` requests per client address (0: none), answered with 429. */
function rateLimit(
  deps: AppDeps,
  perMinute: number,
  what: 'submissions.too-many' | 'receipts.too-many',
): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiter(perMinute, 60_000)
  return async (c, next) => {
    const { allowed, retryAfter } = limiter.hit(c.get('clientAddress'), deps.now().getTime())
    if (!allowed) {
      const detail = said(what, { seconds: retryAfter })
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
          ...problems(404, 429),
          403: problem(403, 'The link is not open yet, or a cross-site request'),
          409: problem(409, 'This device already answered, or the key was used for another form'),
          410: problem(410, 'The link is closed, full or inactive (its state is in the problem)'),
        },
      }),
      rateLimit(deps, deps.config.rateLimitPerMinute, 'submissions.too-many'),
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
        summary:
          'A receipt with its time and program (no answers), for the thank-you page; RECEIPT_LOOKUPS_PER_MINUTE per address',
        responses: { 200: json(ReceiptLookupSchema, 'The receipt'), ...problems(404, 429) },
      }),
      rateLimit(deps, deps.config.receiptLookupsPerMinute, 'receipts.too-many'),
      async (c) => c.json(await lookUpReceipt(deps, c.req.param('receipt'))),
    )
}
