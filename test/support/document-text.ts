// The text of generated documents as their readers get it: a PDF through pdftotext (poppler-utils)
// with its layout kept, a DOCX converted by LibreOffice (libreoffice-writer), each in a private
// temporary folder (LibreOffice with a profile of its own, so parallel runs do not collide).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'quickwin-doc-'))
  try {
    return work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** pdftotext -layout: table rows stay on one line each. */
export function pdfText(pdf: Uint8Array): string {
  return inTempDir((dir) => {
    const file = join(dir, 'report.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  })
}

/** LibreOffice's plain-text export of a DOCX: every table cell on a line of its own. */
export function docxText(docx: Uint8Array): string {
  return inTempDir((dir) => {
    const file = join(dir, 'report.docx')
    writeFileSync(file, docx)
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    )
    return readFileSync(join(dir, 'report.txt'), 'utf8')
  })
}

/** Runs of whitespace as one space: table cells and lines read as one sequence of words. */
export const flat = (text: string) => text.replace(/\s+/g, ' ')
