// The problems of a draft (validateDefinition's issues) looked up by field path, so each field
// shows its own message and each question or section knows how many problems it holds.
import type { DefinitionIssue } from '../../../server/domain/questionnaire'

export interface IssueIndex {
  /** Issues at exactly this path. */
  at(path: string): DefinitionIssue[]
  /** Issues at this path or below it. */
  under(prefix: string): DefinitionIssue[]
  all: DefinitionIssue[]
}

export function indexIssues(issues: DefinitionIssue[]): IssueIndex {
  const byPath = new Map<string, DefinitionIssue[]>()
  for (const issue of issues) {
    const list = byPath.get(issue.path) ?? []
    list.push(issue)
    byPath.set(issue.path, list)
  }
  return {
    at: (path) => byPath.get(path) ?? [],
    under: (prefix) => issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)),
    all: issues,
  }
}

/** Where a question's problems start: `sections.0.questions.2`. */
export const questionPath = (s: number, q: number) => `sections.${s}.questions.${q}`
