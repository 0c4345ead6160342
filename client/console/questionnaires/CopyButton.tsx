// Copies a text (a link's address) to the clipboard, with a fallback for browsers or pages where
// the Clipboard API is unavailable, and a visible, announced confirmation.
import { createSignal, onCleanup } from 'solid-js'
import { t } from '../../shared/i18n'

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission refused or not focused: try the selection below.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'copy-buffer'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

export function CopyButton(props: { text: string; label: string }) {
  const [result, setResult] = createSignal<'copied' | 'failed'>()
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))
  const copy = async () => {
    setResult((await copyText(props.text)) ? 'copied' : 'failed')
    clearTimeout(timer)
    timer = setTimeout(() => setResult(undefined), 4000)
  }
  return (
    <span class="copy">
      <button
        type="button"
        class="button button-secondary button-small"
        onClick={() => void copy()}
      >
        {props.label}
      </button>
      <span role="status" class="copy-result" classList={{ failed: result() === 'failed' }}>
        {result() === 'copied'
          ? t({ id: 'Tersalin ✓', en: 'Copied ✓' })
          : result() === 'failed'
            ? t({
                id: 'Gagal menyalin; pilih alamatnya lalu salin manual.',
                en: 'Could not copy; select the address and copy it.',
              })
            : ''}
      </span>
    </span>
  )
}
