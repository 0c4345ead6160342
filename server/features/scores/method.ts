// The method behind every number of a program's score, in words (Indonesian and English), with
// this score's own parameters (population N, period, source) filled in.
import { zoneName } from '../../domain/calendar'
import type { BilingualText } from '../../domain/reference'

export interface MethodContext {
  populationSize: number | null
  from: string | null
  to: string | null
  source: 'aggregates' | 'responses'
  /** The program's region's IANA zone: the calendar its days are counted on. */
  timeZone: string
}

function fpc(N: number | null): BilingualText {
  return N
    ? {
        id: ` x FPC, FPC = sqrt((N - n) / (N - 1)) dengan N = populasi sasaran = ${N}`,
        en: ` x FPC, FPC = sqrt((N - n) / (N - 1)) with N = target population = ${N}`,
      }
    : {
        id: ' (populasi sasaran tidak diketahui: tanpa FPC)',
        en: ' (no target population: no FPC)',
      }
}

/** Short formulas of the score route, keyed by the part of the reply they explain. */
export function scoreMethod(ctx: MethodContext): Record<string, BilingualText> {
  const f = fpc(ctx.populationSize)
  const period = `${ctx.from ?? '...'} s.d. ${ctx.to ?? '...'}`
  const zone = `${zoneName(ctx.timeZone)}, ${ctx.timeZone}`
  return {
    period: {
      id: `Respons yang dikirim ${period} (hari kalender ${zone}), semua versi terbit dari kuesioner yang dipilih.`,
      en: `Responses submitted ${period} (calendar days in ${zone}), every published version of the questionnaires selected.`,
    },
    source:
      ctx.source === 'aggregates'
        ? {
            id: 'Dijumlahkan dari agregat harian (per tautan, dan per nilai segmen bila difilter satu segmen) yang dipelihara saat respons disimpan.',
            en: 'Summed from the daily aggregates (by link, and by segment value when one segment is filtered) maintained as responses are stored.',
          }
        : {
            id: 'Dijumlahkan dari respons mentah yang cocok dengan semua filter segmen.',
            en: 'Summed from the raw responses that match every segment filter.',
          },
    impact: {
      id: "Skor dampak = 5 x rata-rata skor responden (0-5). Skor responden = rata-rata tertimbang, atas kriteria yang dijawab, dari rata-rata skor butir kriteria itu; skor butir x' = (x - min) / (max - min), butir terbalik 1 - x', ya = 1, tidak = 0; bobot kriteria dinormalkan ulang atas kriteria yang dijawab.",
      en: "Impact score = 5 x the mean respondent score (0-5). A respondent's score is the weighted mean, over the criteria answered, of the mean item score of each; item score x' = (x - min) / (max - min), 1 - x' for reversed items, yes = 1, no = 0; criterion weights renormalised over the criteria answered.",
    },
    ci: {
      id: `Interval 95%: rata-rata +/- t(0,975; n - 1) x SD / sqrt(n)${f.id}; SD sampel (n - 1); dibatasi 0-5; tidak ada bila n < 2.`,
      en: `95% interval: mean +/- t(0.975, n - 1) x SD / sqrt(n)${f.en}; sample SD (n - 1); clamped to 0-5; none below n = 2.`,
    },
    criteria: {
      id: 'Skor kriteria = 5 x rata-rata nilai kriteria responden; n = responden yang menjawab kriteria itu.',
      en: "Criterion score = 5 x the mean of the respondents' criterion means; n = respondents who answered that criterion.",
    },
    ikm: {
      id: `IKM (PermenPANRB 14/2017): NRR unsur = jumlah jawaban unsur / responden yang menjawabnya; IKM = jumlah NRR x 1/9 (bobot tepat 1/9, yaitu 1 / banyaknya unsur terjawab); konversi = IKM x 25; mutu dari nilai konversi dibulatkan dua desimal: A >= 88,31, B >= 76,61, C >= 65,00, selainnya D. Interval: 25 x rata-rata nilai unsur per responden +/- t x 25 x SD / sqrt(n)${f.id}.`,
      en: `IKM (PermenPANRB 14/2017): element NRR = sum of its answers / respondents who answered it; IKM = sum of NRR x 1/9 (exact weight 1/9, i.e. 1 / elements answered); converted = IKM x 25; mutu on the converted value rounded to two decimals: A >= 88.31, B >= 76.61, C >= 65.00, else D. Interval: 25 x mean of respondents' element means +/- t x 25 x SD / sqrt(n)${f.en}.`,
    },
    nps: {
      id: 'NPS = 100 x (promotor 9-10 - detraktor 0-6) / n; interval 95% = NPS +/- 1,96 x 100 x sqrt((pP + pD - (pP - pD)^2) / n).',
      en: 'NPS = 100 x (promoters 9-10 - detractors 0-6) / n; 95% interval = NPS +/- 1.96 x 100 x sqrt((pP + pD - (pP - pD)^2) / n).',
    },
    sus: {
      id: 'SUS = 2,5 x (jumlah butir ganjil (x - 1) + jumlah butir genap (5 - x)), 0-100, dari responden yang menjawab kesepuluh butir; rata-rata dengan interval t 95%.',
      en: 'SUS = 2.5 x (sum over odd items of (x - 1) + sum over even items of (5 - x)), 0-100, for respondents who answered all ten; mean with a 95% t interval.',
    },
    sampleTarget: {
      id: 'Krejcie & Morgan: s = X2 N P (1 - P) / (d2 (N - 1) + X2 P (1 - P)), X2 = 3,841, P = 0,5, d = 0,05, dibulatkan; target tetap kuesioner (terbesar) didahulukan; tanpa N: 50 per formulir (pedoman nasional). Memadai bila responden skor dampak (n) >= target.',
      en: 'Krejcie & Morgan: s = X2 N P (1 - P) / (d2 (N - 1) + X2 P (1 - P)), X2 = 3.841, P = 0.5, d = 0.05, rounded; a fixed questionnaire target (the largest) wins; without N, 50 per form (national guidance). Adequate once the respondents behind the impact score (n) reach the target.',
    },
    marginOfError: {
      id: `Margin of error pada n saat ini: 1,96 x sqrt(0,25 / n)${f.id}, sebagai proporsi (0,05 = +/- 5 poin persen).`,
      en: `Margin of error at the current n: 1.96 x sqrt(0.25 / n)${f.en}, as a proportion (0.05 = +/- 5 percentage points).`,
    },
  }
}
