// The response table's own state in the URL, beside the dashboard's questionnaire and filters:
// which responses (counted, excluded or all) and a receipt to find. Malformed values are dropped.
import type { DashboardParams } from '../dashboard/dashboard-params'

export type ExcludedView = '0' | '1' | 'all'

const VIEWS: ExcludedView[] = ['0', '1', 'all']

/** Which responses the table lists: counted (the default), excluded only, or all of them. */
export function excludedView(params: DashboardParams): ExcludedView {
  return VIEWS.find((v) => v === params.excluded) ?? '0'
}

/** A typed receipt in the form the API keeps: capitals, without spaces or dashes. */
export function cleanReceipt(typed: string | undefined): string | undefined {
  const receipt = typed?.toUpperCase().replace(/[\s-]/g, '')
  return receipt ? receipt.slice(0, 20) : undefined
}

/** Whether a cleaned receipt has the shape of one (8 letters and digits). */
export const looksLikeReceipt = (receipt: string) => /^[A-Z0-9]{8}$/.test(receipt)

/** The list's query: the selection (questionnaire and filters), the view and the receipt. */
export function listQuery(selection: Record<string, string>, params: DashboardParams) {
  const query: Record<string, string> = { ...selection }
  const view = excludedView(params)
  if (view !== '0') query.excluded = view
  const receipt = cleanReceipt(params.receipt)
  if (receipt) query.receipt = receipt
  return query
}
