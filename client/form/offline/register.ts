// Registers the form's service worker once the page has loaded (never competing with the first
// paint on a slow phone) and, on a visit the worker did not serve yet, tells it what this page
// loaded, so the link opens offline next time. Later visits pass through the worker, which keeps
// them itself. Browsers without service workers, or refusing them (private modes), go without.

const WORKER_URL = '/form-sw.js'

/** The page and the scripts and style sheets it loaded. */
function loadedUrls(): string[] {
  const urls = [location.href]
  for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
    'script[src], link[rel="stylesheet"][href], link[rel="modulepreload"][href]',
  ))
    urls.push('src' in el ? el.src : el.href)
  return urls
}

export function keepFormOffline(): void {
  if (!('serviceWorker' in navigator)) return
  const served = navigator.serviceWorker.controller !== null
  const register = () =>
    navigator.serviceWorker
      .register(WORKER_URL, { scope: '/s/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!served) registration.active?.postMessage({ type: 'keep', urls: loadedUrls() })
      })
      .catch(() => undefined)
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register(), { once: true })
}
