// QR codes of share links, for posters at the service counter and for chat messages: error
// correction M, a 4-module quiet zone, PNG large enough to print (1024 px).
import QRCode from 'qrcode'

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const

export const PNG_WIDTH = 1024

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' })
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: PNG_WIDTH })
}

/** ASCII words joined by dashes: "Si Mantab" + "Loket 1" -> "si-mantab-loket-1". */
function fileWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** `qr-<program>-<channel>.<ext>`, safe inside a quoted Content-Disposition filename. */
export function qrFilename(programName: string, channel: string, ext: 'svg' | 'png'): string {
  const words = [fileWords(programName), fileWords(channel)].filter((w) => w !== '')
  return `qr-${words.join('-') || 'link'}.${ext}`
}
