// Ambient type for the one @stdlib function the scoring domain uses (Student's t quantile).
declare module '@stdlib/stats-base-dists-t-quantile' {
  /** Quantile function of Student's t distribution with `v` degrees of freedom. */
  function quantile(p: number, v: number): number
  export = quantile
}
