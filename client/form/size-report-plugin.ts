// A Vite plugin that prints the gzip size of what the citizen form loads (its entry chunk, the
// chunks it imports statically, their CSS, and its service worker, which the page installs on the
// first visit) after `vite build`, and fails the build over budget.
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

export interface FormSizeOptions {
  /** The entry's name in build.rolldownOptions.input. */
  entry?: string
  /** The service worker's entry name, counted in the budget too. */
  serviceWorker?: string
  /** The budget in KB (1 KB = 1024 bytes) of gzip JavaScript + CSS; DESIGN.md section 7. */
  limitKb?: number
}

type OutputFile =
  | { type: 'chunk'; name: string; isEntry: boolean; code: string; imports: string[] }
  | { type: 'asset'; source: string | Uint8Array }

const gzipBytes = (content: string | Uint8Array) => gzipSync(content, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`

export function formSizeReport(options: FormSizeOptions = {}): Plugin {
  const entry = options.entry ?? 'form'
  const limit = (options.limitKb ?? 30) * 1024
  let report = ''
  return {
    name: 'form-size-report',
    apply: 'build',
    generateBundle(_output, bundle) {
      const files = bundle as unknown as Record<string, OutputFile & { viteMetadata?: unknown }>
      const start = Object.keys(files).find((f) => {
        const file = files[f]!
        return file.type === 'chunk' && file.isEntry && file.name === entry
      })
      if (!start) return this.warn(`form-size-report: no entry chunk named "${entry}"`)
      const js = new Set<string>()
      const css = new Set<string>()
      const visit = (fileName: string) => {
        const file = files[fileName]
        if (js.has(fileName) || file?.type !== 'chunk') return
        js.add(fileName)
        const meta = file.viteMetadata as { importedCss?: Set<string> } | undefined
        for (const sheet of meta?.importedCss ?? []) css.add(sheet)
        file.imports.forEach(visit)
      }
      visit(start)
      const worker = options.serviceWorker
      if (worker) {
        const file = Object.keys(files).find((f) => {
          const chunk = files[f]!
          return chunk.type === 'chunk' && chunk.isEntry && chunk.name === worker
        })
        if (!file) return this.warn(`form-size-report: no service worker chunk "${worker}"`)
        visit(file)
      }
      const sizeOf = (fileName: string) => {
        const file = files[fileName]!
        return gzipBytes(file.type === 'chunk' ? file.code : file.source)
      }
      const lines = [...js, ...css].map((f) => ({ f, size: sizeOf(f) }))
      const total = lines.reduce((sum, line) => sum + line.size, 0)
      report = [
        `\nCitizen form with its service worker (gzip): ${kb(total)} of ${kb(limit)}`,
        ...lines.map(({ f, size }) => `  ${f.padEnd(40)} ${kb(size).padStart(10)}`),
      ].join('\n')
      if (total > limit) {
        this.error(`The citizen form loads ${kb(total)} gzip, over its ${kb(limit)} budget.`)
      }
    },
    closeBundle() {
      // After Vite's own file table, so the budget line is the last thing a build prints.
      if (report) console.log(report)
    },
  }
}
