// Ambient types for the @stdlib functions the domain uses (Student's t quantile, chi-square CDF).
declare module '@stdlib/stats-base-dists-t-quantile' {
  /** Quantile function of Student's t distribution with `v` degrees of freedom. */
  function quantile(p: number, v: number): number
  export = quantile
}

declare module '@stdlib/stats-base-dists-chisquare-cdf' {
  /** Cumulative distribution function of the chi-square distribution with `k` degrees of freedom. */
  function cdf(x: number, k: number): number
  export = cdf
}
