// Ranks of smart-city indexes across regions, by a stated rule: highest index first; indexes equal
// when rounded to two decimals (as they are shown and published) share a rank, and the next rank
// skips as many places as were shared (standard competition ranking: 1, 2, 2, 4). A region without
// an index is not ranked.

/** An index rounded to two decimals for comparison (half away from zero, as shown). */
export function rankingKey(index: number): number {
  return Math.round((index + Math.sign(index) * Number.EPSILON) * 100)
}

/**
 * The competition rank of each value among the non-null ones (1 = highest), null for null values.
 * `rank[i]` = 1 + the number of values whose two-decimal key is greater than value i's.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const keys = values.map((v) => (v === null ? null : rankingKey(v)))
  const present = keys.filter((k): k is number => k !== null).sort((a, b) => b - a)
  return keys.map((k) => {
    if (k === null) return null
    let higher = 0
    while (higher < present.length && present[higher]! > k) higher++
    return higher + 1
  })
}

/**
 * Ranks within groups (e.g. provinces): each value ranked among the values of its own group by
 * the same rule.
 */
export function groupRanks(
  values: readonly (number | null)[],
  groups: readonly string[],
): (number | null)[] {
  const ranks: (number | null)[] = values.map(() => null)
  for (const group of new Set(groups)) {
    const at = groups.flatMap((g, i) => (g === group ? [i] : []))
    const inGroup = competitionRanks(at.map((i) => values[i]!))
    at.forEach((i, j) => (ranks[i] = inGroup[j]!))
  }
  return ranks
}
