// Plausible citizens' answers to a questionnaire, from a seeded generator: profile segments
// skewed towards the first options (younger, central kecamatan), ratings around a mood.
import { allQuestions, type Answers, type Definition } from '../../server/domain/questionnaire'

export type Random = () => number

/** mulberry32: a small seeded generator, so that every run generates the same data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))
/** Roughly normal noise (sum of three uniforms), mean 0 and SD about `sd`. */
const noise = (rnd: Random, sd: number) => (rnd() + rnd() + rnd() - 1.5) * 2 * sd

/** One respondent's raw answers; `quality` (0..1) is how well the program serves citizens. */
export function generateAnswers(def: Definition, rnd: Random, quality = 0.75): Answers {
  const mood = clamp01(quality + noise(rnd, 0.15))
  const onScale = (min: number, max: number) =>
    Math.round(min + clamp01(mood + noise(rnd, 0.12)) * (max - min))
  const answers: Answers = {}
  for (const q of allQuestions(def)) {
    if (q.type === 'segment' || q.type === 'single') {
      if (q.type === 'segment' && rnd() < 0.05) continue // an optional profile question skipped
      const i = Math.floor(q.options.length * rnd() ** 1.3)
      answers[q.code] = q.options[Math.min(i, q.options.length - 1)]!.value
    } else if (q.type === 'likert') answers[q.code] = onScale(q.scale.min, q.scale.max)
    else if (q.type === 'nps') answers[q.code] = onScale(0, 10)
    else if (q.type === 'yesno') answers[q.code] = rnd() < 0.35 + 0.6 * mood ? 'yes' : 'no'
  }
  return answers
}
