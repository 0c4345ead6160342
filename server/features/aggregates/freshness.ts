// The promise every reader of the aggregate tables (and of response_segments) relies on: after
// `settle()`, every response acknowledged so far is in them. Ingestion defers the sums
// (write/deferred.ts), so a service that reads aggregates calls settle before it reads; the
// response writer (responses/writer.ts) is what implements it in the app.

export interface AggregateFreshness {
  /** Resolves once every response acknowledged so far is in the aggregate tables. */
  settle(): Promise<void>
}

/** For stores written only in the same transaction as their aggregates (bulk loads, scripts). */
export const ALWAYS_SETTLED: AggregateFreshness = { settle: () => Promise.resolve() }
