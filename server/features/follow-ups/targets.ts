// What a follow-up may target on a program: the nine SKM elements (U1..U9, always: the regulation
// fixes them) and the impact criteria of its published questionnaires, each with its label.
import { SKM, type BilingualText } from '../../domain/reference'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'

export interface FollowUpTarget {
  kind: 'skm' | 'impact'
  code: string
  label: BilingualText
}

/** The targets of a program's questionnaires: SKM elements, then criteria (newest wording). */
export function followUpTargets(questionnaires: CatalogQuestionnaire[]): FollowUpTarget[] {
  const targets: FollowUpTarget[] = SKM.elements.map((e) => ({
    kind: 'skm',
    code: e.code,
    label: e.name,
  }))
  const seen = new Set<string>()
  for (const q of questionnaires)
    for (const v of [...q.versions].reverse())
      for (const c of v.definition.criteria) {
        if (seen.has(c.code)) continue
        seen.add(c.code)
        targets.push({ kind: 'impact', code: c.code, label: c.label })
      }
  return targets
}

/** The target's label, or its code when the program no longer has it. */
export function targetLabel(targets: FollowUpTarget[], kind: string, code: string): BilingualText {
  return targets.find((t) => t.kind === kind && t.code === code)?.label ?? { id: code }
}
