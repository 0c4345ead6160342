// The years the evaluation picker offers: the years that have programs, the shown year and the
// years around today, newest first, each with its number of programs.
export interface YearChoice {
  year: number
  programs: number
}

const FIRST_YEAR = 2017

export function yearChoices(programYears: readonly number[], shown: number, now = new Date()) {
  const counts = new Map<number, number>()
  for (const year of programYears) counts.set(year, (counts.get(year) ?? 0) + 1)
  const years = new Set<number>([...counts.keys(), shown])
  for (let year = now.getFullYear() + 1; year >= FIRST_YEAR; year--) years.add(year)
  return [...years]
    .sort((a, b) => b - a)
    .map((year): YearChoice => ({ year, programs: counts.get(year) ?? 0 }))
}
