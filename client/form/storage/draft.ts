// The citizen's unfinished response, kept in localStorage as they answer (keyed by link and
// version, so a reload or a dropped tab loses nothing), with the idempotency key of its submission.
import type { Answers } from '../../../server/domain/questionnaire/definition'
import { readJson, writeJson } from './local-json'

export interface Draft {
  answers: Answers
  /** The submission's idempotency key: a retry of the same response reuses it. */
  key: string
  /** The page (index among the shown sections) the citizen was on. */
  page: number
}

const draftKey = (slug: string, version: number) => `qw-form:draft:${slug}:${version}`

export function loadDraft(slug: string, version: number): Draft | undefined {
  const draft = readJson<Draft>(draftKey(slug, version))
  return draft && typeof draft.key === 'string' && typeof draft.answers === 'object'
    ? draft
    : undefined
}

export const saveDraft = (slug: string, version: number, draft: Draft) =>
  writeJson(draftKey(slug, version), draft)

export const clearDraft = (slug: string, version: number) =>
  writeJson(draftKey(slug, version), undefined)
