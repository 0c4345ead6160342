// Figure 3: a questionnaire's raw responses downloaded as CSV over HTTP (codes, or labels). Wall time from the
// request to the last byte; the server's peak RSS over the download, from the kernel's peak mark
// (VmHWM, reset just before) and from VmRSS sampled every 50 ms, whichever is higher.
import { procStatusBytes, resetPeakRss } from './server-process'

export interface ExportFigure {
  seconds: number
  bytes: number
  /** Data rows (lines after the header). */
  rows: number
  /** Peak RSS of the server process during the export, bytes. */
  peakRss: number
  /** RSS of the server just before the export, bytes. */
  rssBefore: number
  /** How the peak was read: the kernel mark after a reset, or sampling only. */
  peakSource: 'VmHWM' | 'sampled'
}

export async function measureExport(
  baseUrl: string,
  cookie: string,
  serverPid: number,
  questionnaireId: number,
  /** Extra query, e.g. `labels=1` for option labels instead of codes. */
  query = '',
): Promise<ExportFigure> {
  const rssBefore = procStatusBytes(serverPid, 'VmRSS')
  const reset = resetPeakRss(serverPid)
  let sampled = rssBefore
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, procStatusBytes(serverPid, 'VmRSS'))
  }, 50)
  const started = performance.now()
  let bytes = 0
  let newlines = 0
  try {
    const url = `${baseUrl}/api/questionnaires/${questionnaireId}/responses.csv`
    const res = await fetch(query ? `${url}?${query}` : url, { headers: { cookie } })
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`)
    const reader = res.body!.getReader()
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value
      bytes += chunk.length
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++
    }
  } finally {
    clearInterval(sampler)
  }
  const seconds = (performance.now() - started) / 1000
  sampled = Math.max(sampled, procStatusBytes(serverPid, 'VmRSS'))
  const hwm = reset ? procStatusBytes(serverPid, 'VmHWM') : 0
  return {
    seconds,
    bytes,
    rows: newlines - 1,
    peakRss: Math.max(hwm, sampled),
    rssBefore,
    peakSource: reset ? 'VmHWM' : 'sampled',
  }
}
