// The evaluation domain: dimension scores, Impact and Quick Win of a region, and the index.
export * from './dimension-evaluation'
export * from './smart-city-index'
export * from './assessor-agreement'
export * from './ranking'
export * from './trajectory'
