// The ordered list of migrations handed to Kysely's Migrator. Add a file, then a line here;
// never edit a migration that has landed.
import type { Migration } from 'kysely'
import * as foundation from './2026-11-23-001-foundation'
import * as questionnaires from './2026-11-23-002-questionnaires'
import * as responses from './2026-11-23-003-responses'
import * as evaluations from './2026-11-23-004-evaluations'
import * as deviceSecret from './2026-11-23-005-device-secret'
import * as responsesByQuestionnaire from './2026-11-23-006-responses-by-questionnaire'
import * as segmentAggregatesByDay from './2026-11-23-007-segment-aggregates-by-day'
import * as allTimeAnswerSums from './2026-11-23-008-all-time-answer-sums'
import * as pendingAggregates from './2026-11-23-009-pending-aggregates'
import * as regionTimeZones from './2026-12-04-15-01-region-time-zones'
import * as responseExclusion from './2026-12-04-15-02-response-exclusion'
import * as apiTokens from './2026-12-04-16-01-api-tokens'
import * as webhooks from './2026-12-04-16-02-webhooks'
import * as privacyNoticeByRule from './2026-12-04-18-01-privacy-notice-by-rule'
import * as evaluatorScopes from './2026-12-04-19-01-evaluator-scopes'
import * as publishedEvaluations from './2026-12-04-19-02-published-evaluations'
import * as evaluationVersions from './2026-12-04-19-03-evaluation-versions'
import * as followUps from './2026-12-04-20-01-follow-ups'
import * as publication from './2026-12-04-20-02-publication'

export const migrations: Record<string, Migration> = {
  '2026-11-23-001-foundation': foundation,
  '2026-11-23-002-questionnaires': questionnaires,
  '2026-11-23-003-responses': responses,
  '2026-11-23-004-evaluations': evaluations,
  '2026-11-23-005-device-secret': deviceSecret,
  '2026-11-23-006-responses-by-questionnaire': responsesByQuestionnaire,
  '2026-11-23-007-segment-aggregates-by-day': segmentAggregatesByDay,
  '2026-11-23-008-all-time-answer-sums': allTimeAnswerSums,
  '2026-11-23-009-pending-aggregates': pendingAggregates,
  '2026-12-04-15-01-region-time-zones': regionTimeZones,
  '2026-12-04-15-02-response-exclusion': responseExclusion,
  '2026-12-04-16-01-api-tokens': apiTokens,
  '2026-12-04-16-02-webhooks': webhooks,
  '2026-12-04-18-01-privacy-notice-by-rule': privacyNoticeByRule,
  '2026-12-04-19-01-evaluator-scopes': evaluatorScopes,
  '2026-12-04-19-02-published-evaluations': publishedEvaluations,
  '2026-12-04-19-03-evaluation-versions': evaluationVersions,
  '2026-12-04-20-01-follow-ups': followUps,
  '2026-12-04-20-02-publication': publication,
}
