// Generated citizens' answers from a seeded generator: the demo data of a fresh install, and the
// benchmark's data (test/bench), drawn the same way. A respondent's mood is the program's quality
// plus personal taste; ratings lean towards it, profile options towards the first ones (younger,
// central kecamatan), and a few leave a comment that fits their mood.
import {
  allQuestions,
  type Answers,
  type Definition,
  type Question,
} from '../../domain/questionnaire'

export type Random = () => number

/** mulberry32: a small seeded generator, so every run generates the same data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PRAISE = [
  'Pelayanannya cepat dan petugasnya ramah.',
  'Sangat membantu, semoga terus dilanjutkan.',
  'Prosesnya mudah, tidak perlu bolak-balik ke kantor.',
  'Informasinya jelas dan bisa diakses lewat HP.',
]
const COMPLAINTS = [
  'Mohon sosialisasi lebih luas, banyak warga belum tahu.',
  'Antrean masih lama di jam sibuk.',
  'Aplikasinya kadang sulit dibuka saat sinyal lemah.',
  'Petugas perlu lebih sering turun ke kelurahan.',
]

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!
const clamp01 = (x: number) => Math.min(1, Math.max(0, x))
/** Roughly normal noise (sum of three uniforms), mean 0 and SD about `sd`. */
const noise = (rnd: Random, sd: number) => (rnd() + rnd() + rnd() - 1.5) * 2 * sd

/** Options early in the list (younger, central kecamatan) a little more often. */
function skewedOption(rnd: Random, q: Question & { options: { value: string }[] }) {
  const i = Math.floor(q.options.length * rnd() ** 1.3)
  return q.options[Math.min(i, q.options.length - 1)]!.value
}

/**
 * One respondent's raw answers to `def` for a program of `quality` (0..1); `comments` off
 * leaves text questions unanswered.
 */
export function generatedAnswers(
  def: Definition,
  rnd: Random,
  quality: number,
  { comments = true } = {},
): Answers {
  const mood = clamp01(quality + noise(rnd, 0.15))
  const answers: Answers = {}
  const onScale = (min: number, max: number) =>
    Math.round(min + clamp01(mood + noise(rnd, 0.12)) * (max - min))
  for (const q of allQuestions(def)) {
    if (q.type === 'segment') answers[q.code] = rnd() < 0.95 ? skewedOption(rnd, q) : null
    else if (q.type === 'likert') answers[q.code] = onScale(q.scale.min, q.scale.max)
    else if (q.type === 'nps') answers[q.code] = onScale(0, 10)
    else if (q.type === 'yesno') answers[q.code] = rnd() < 0.35 + 0.6 * mood ? 'yes' : 'no'
    else if (q.type === 'single') answers[q.code] = skewedOption(rnd, q)
    else if (comments && q.type === 'text' && rnd() < 0.12)
      answers[q.code] = pick(rnd, mood > 0.65 ? PRAISE : COMPLAINTS)
  }
  return answers
}
