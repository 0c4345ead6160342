// Runs axe-core on a page with the WCAG 2.0 and 2.1 A and AA rules and answers its violations as
// short readable lines (rule, impact, the elements, what is wrong), so a failing test says what to fix.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface Violation {
  rule: string
  impact: string
  /** CSS selectors of the offending elements (a frame's path joined with " >> "). */
  targets: string[]
  summary: string
}

/** The page's WCAG 2.1 A/AA violations; an empty list when it passes. */
export async function wcagViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<Violation[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA)
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  const results = await builder.analyze()
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    targets: v.nodes.map((n) =>
      n.target.map((t) => (Array.isArray(t) ? t.join(' ') : t)).join(' >> '),
    ),
    summary: `${v.help} (${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''})`,
  }))
}

/** One line per violation, for an assertion message or a log. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.rule} [${v.impact}] ${v.targets.join(', ')}: ${v.summary}`)
    .join('\n')
}
