// The scoring domain: per-respondent numbers stored with each response, and summaries over the
// sufficient statistics (moments, counts) that the database keeps as aggregates.
export * from './item-score'
export * from './respondent-score'
export * from './moments'
export * from './t-quantile'
export * from './impact-score'
export * from './ikm'
export * from './nps'
export * from './sus'
export * from './sample-target'
export * from './mean-difference'
