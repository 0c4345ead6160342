// A receipt looked up from the console's header (/receipts/:receipt): opens the response it names
// when it is in the user's scope, and otherwise says plainly why not (no such receipt, or a
// program outside the user's scope), with the search to try again.
import { useNavigate, useParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { ApiError } from '../../../shared/problem'
import { ProblemAlert } from '../../../shared/ProblemAlert'
import { findReceipt } from '../../api/responses'
import { usePageTitle } from '../../shell/page-title'
import { ReceiptLookup } from '../ReceiptLookup'
import { cleanReceipt, looksLikeReceipt } from '../response-params'
import '../responses.css'

export default function ReceiptPage() {
  const params = useParams<{ receipt: string }>()
  const navigate = useNavigate()
  const receipt = () => cleanReceipt(params.receipt) ?? ''
  // A resource, not the router's query: its errors are this page's message, not the boundary's.
  const [found] = createResource(receipt, async (r) => {
    if (!looksLikeReceipt(r)) return { error: 'shape' as const }
    try {
      const response = await findReceipt(r)
      navigate(`/responses/${response.id}`, { replace: true })
      return { ok: true as const }
    } catch (error) {
      return { error }
    }
  })
  const failure = () => {
    const f = found()
    return f && 'error' in f ? f.error : undefined
  }
  const status = () => (failure() instanceof ApiError ? (failure() as ApiError).status : 0)
  const title = () => t({ id: 'Cari tanda terima', en: 'Find a receipt' })
  usePageTitle(title)

  return (
    <section class="receipt-page" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{title()}</h1>
      <Show
        when={failure()}
        fallback={<p role="status">{t({ id: 'Mencari…', en: 'Searching…' })}</p>}
      >
        <div class="alert alert-error" role="alert" data-receipt-problem={status() || 'shape'}>
          <p class="alert-title">
            {failure() === 'shape'
              ? t({
                  id: `“${params.receipt}” bukan tanda terima: tanda terima terdiri dari 8 huruf dan angka, mis. K7QM2XPA.`,
                  en: `“${params.receipt}” is not a receipt: a receipt has 8 letters and digits, e.g. K7QM2XPA.`,
                })
              : status() === 404
                ? t({
                    id: `Tanda terima ${receipt()} tidak ditemukan. Periksa kembali penulisannya.`,
                    en: `Receipt ${receipt()} was not found. Check how it is written.`,
                  })
                : status() === 403
                  ? t({
                      id: `Tanda terima ${receipt()} milik tanggapan program di luar wewenang Anda.`,
                      en: `Receipt ${receipt()} belongs to a response of a program outside your scope.`,
                    })
                  : t({ id: 'Pencarian gagal.', en: 'The search failed.' })}
          </p>
        </div>
        <Show when={status() !== 404 && status() !== 403 && failure() !== 'shape'}>
          <ProblemAlert error={failure()} />
        </Show>
        <ReceiptLookup id="receipt-again" />
      </Show>
    </section>
  )
}
