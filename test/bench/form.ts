// Figure 4: the citizen form at /s/:slug. Its weight: the JavaScript and CSS the served page
// loads (script and link tags of the actual HTML), each gzipped at level 9 as the build's budget
// plugin counts them. Its speed: headless Chromium on an emulated slow phone (CDP: 400 kbit/s
// each way, 400 ms latency, CPU 4x slower), a fresh context per load, timed from navigation start
// (performance.now() in the page) until the first question's input is visible and enabled.
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { median } from './stats'

export const SLOW_PHONE = {
  downloadThroughput: 50_000, // bytes/s = 400 kbit/s
  uploadThroughput: 50_000,
  latency: 400,
  cpuSlowdown: 4,
}

export interface FormFigure {
  /** gzip -9 bytes of every JS and CSS file the page loads. */
  assetGzipBytes: number
  assets: { path: string; gzipBytes: number }[]
  /** gzip -9 bytes of the HTML page itself (the form's definition is inlined there). */
  htmlGzipBytes: number
  /** What Chromium received for scripts and style sheets (encoded, headers included), median. */
  transferredAssetBytes: number
  usableMs: number[]
  medianUsableMs: number
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length

async function weigh(pageUrl: string) {
  const html = await (await fetch(pageUrl)).text()
  const origin = new URL(pageUrl).origin
  const paths = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    ),
  )
  const assets = []
  for (const path of paths) {
    const body = new Uint8Array(await (await fetch(origin + path)).arrayBuffer())
    assets.push({ path, gzipBytes: gz(body) })
  }
  if (!assets.some((a) => a.path.endsWith('.js'))) throw new Error('the form page loads no script')
  return { assets, htmlGzipBytes: gz(new TextEncoder().encode(html)) }
}

/** The first question's first control: visible, enabled; answers performance.now() then. */
const usableAt = (code: string) => {
  const input = document.querySelector<HTMLInputElement>(
    `#q-${code} input, #q-${code} select, #q-${code} textarea`,
  )
  if (!input || input.disabled || !input.checkVisibility({ visibilityProperty: true })) return 0
  const box = input.getBoundingClientRect()
  return box.width > 0 && box.height > 0 ? performance.now() : 0
}

export async function measureForm(
  pageUrl: string,
  firstQuestion: string,
  loads: number,
  log: (line: string) => void,
): Promise<FormFigure> {
  const { assets, htmlGzipBytes } = await weigh(pageUrl)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  })
  const usableMs: number[] = []
  const transferred: number[] = []
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'id-ID',
      })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_PHONE.latency,
        downloadThroughput: SLOW_PHONE.downloadThroughput,
        uploadThroughput: SLOW_PHONE.uploadThroughput,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown })
      const assetRequests = new Set<string>()
      let bytes = 0
      cdp.on('Network.responseReceived', (e) => {
        if (e.type === 'Script' || e.type === 'Stylesheet') assetRequests.add(e.requestId)
      })
      cdp.on('Network.loadingFinished', (e) => {
        if (assetRequests.has(e.requestId)) bytes += e.encodedDataLength
      })
      await page.goto(pageUrl, { waitUntil: 'commit' })
      const at = await page.waitForFunction(usableAt, firstQuestion, {
        polling: 'raf',
        timeout: 60_000,
      })
      usableMs.push((await at.jsonValue()) as number)
      await page.waitForLoadState('load')
      transferred.push(bytes)
      log(`load ${i + 1}/${loads}: usable after ${usableMs.at(-1)!.toFixed(0)} ms`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    assetGzipBytes: assets.reduce((sum, a) => sum + a.gzipBytes, 0),
    assets,
    htmlGzipBytes,
    transferredAssetBytes: median(transferred),
    usableMs,
    medianUsableMs: median(usableMs),
  }
}
