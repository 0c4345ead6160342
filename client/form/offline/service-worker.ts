// The citizen form's service worker (served as /form-sw.js, scope /s/): after one online visit a
// questionnaire link opens without a network. Pages are fetched from the network first (a link's
// state is always current when online) and kept; hashed assets are kept and served from the keep.
// The API is never touched: answers given offline wait in the form's own outbox and are sent by
// the page when the network returns. Self-contained (no imports), so it is one small file.

/** Bump to drop everything kept by earlier versions when this worker is replaced. */
const KEEP = 'qw-form-1'

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  request: Request
  respondWith(response: Promise<Response>): void
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown
}
interface WorkerScope {
  location: Location
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (e: MessageEventLike) => void): void
}

const worker = self as unknown as WorkerScope

/** What a link says when it was never opened on this device and there is no network. */
const OFFLINE_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title></head>
<body style="font-family:sans-serif;padding:1rem;line-height:1.5"><h1>Tidak ada koneksi</h1>
<p>Kuesioner ini belum pernah dibuka di perangkat ini. Buka lagi tautannya saat ada sinyal.</p>
<p lang="en">This questionnaire was never opened on this device. Open the link again when there is
a signal.</p></body></html>`

/** Pages are kept by path: a link's page is the same whatever its query or hash. */
const pageKey = (url: string) => {
  const u = new URL(url)
  return u.origin + u.pathname
}

async function keepResponse(key: string, response: Response): Promise<void> {
  const keep = await caches.open(KEEP)
  await keep.put(key, response)
}

async function pageFromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request)
    // A link's page in any state (open, closed, full...) is worth keeping; a server error is not.
    if (response.status < 500) await keepResponse(pageKey(request.url), response.clone())
    return response
  } catch {
    const kept = await caches.match(pageKey(request.url))
    return (
      kept ??
      new Response(OFFLINE_PAGE, {
        status: 503,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      })
    )
  }
}

async function assetFromKeep(request: Request): Promise<Response> {
  const kept = await caches.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await keepResponse(request.url, response.clone())
  return response
}

/** The page tells what it loaded on its first visit (before this worker controlled it). */
async function keepUrls(urls: string[]): Promise<void> {
  const keep = await caches.open(KEEP)
  await Promise.all(
    urls.map(async (url) => {
      const asset = new URL(url).pathname.startsWith('/assets/')
      if (asset && (await keep.match(url))) return
      const response = await fetch(url, { credentials: 'same-origin' })
      if (response.status < 500) await keep.put(asset ? url : pageKey(url), response)
    }),
  )
}

worker.addEventListener('install', () => void worker.skipWaiting())

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== KEEP).map((n) => caches.delete(n))))
      .then(() => worker.clients.claim()),
  )
})

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return
  const origin = worker.location.origin
  const urls = data.urls.filter(
    (u): u is string => typeof u === 'string' && new URL(u, origin).origin === origin,
  )
  event.waitUntil(keepUrls(urls.map((u) => new URL(u, origin).href)).catch(() => undefined))
})

worker.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== worker.location.origin) return
  if (request.mode === 'navigate' && url.pathname.startsWith('/s/'))
    return event.respondWith(pageFromNetwork(request))
  if (url.pathname.startsWith('/assets/')) return event.respondWith(assetFromKeep(request))
})
