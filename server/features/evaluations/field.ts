// The field of a year: every region of the platform with its computed evaluation and its published
// figure, ranked by the rule of domain/evaluation/ranking (highest first, ties at two decimals
// share a rank). Each region is ranked once, by its published figure where one exists (the
// official result), otherwise by its computed index; its other figure is listed unranked.
// Ranks are a property of the whole field, so the field is computed over every region; callers
// answer only the items of the user's scope.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { competitionRanks, groupRanks } from '../../domain/evaluation'
import type { SessionUser } from '../../http/context'
import { listRegionsIn } from '../regions/service'
import { currentEvaluation } from './service'
import * as published from './version-repository'

/** Reads every program of the field for its ranks; nothing of another region is answered. */
const FIELD_READER: SessionUser = {
  id: 0,
  email: '',
  name: 'ranking',
  role: 'admin',
  agencyId: null,
  regionId: null,
  scope: null,
}

type Region = Awaited<ReturnType<typeof listRegionsIn>>[number]
type Computed = Awaited<ReturnType<typeof currentEvaluation>>

function regionPart(region: Region, year: number) {
  return {
    regionId: region.id,
    regionName: region.name,
    regionCode: region.code,
    kind: region.kind,
    provinceCode: region.provinceCode,
    province: region.province,
    year,
  }
}

function computedItem(region: Region, year: number, ev: Computed) {
  return {
    ...regionPart(region, year),
    source: 'computed' as 'computed' | 'published',
    scores: ev.scores,
    index: ev.index,
    partialIndex: ev.partialIndex,
    weights: ev.weights as Record<string, number> | null,
    status: ev.status as 'final' | 'provisional',
    version: ev.version,
    versionLabel: ev.versionLabel,
    coverage: ev.coverage as Computed['coverage'] | null,
    published: null as null | Omit<
      published.PublishedRecord,
      'regionId' | 'year' | 'index' | 'scores'
    >,
    rank: { national: null as number | null, province: null as number | null },
    ranked: false,
  }
}

export type EvaluationItem = ReturnType<typeof computedItem>

function publishedItem(region: Region, p: published.PublishedRecord): EvaluationItem {
  const { regionId: _r, year: _y, index, scores, ...about } = p
  return {
    ...regionPart(region, p.year),
    source: 'published',
    scores: {
      baseline: scores?.baseline ?? null,
      output: scores?.output ?? null,
      outcome: scores?.outcome ?? null,
      impact: scores?.impact ?? null,
      quickwin: scores?.quickwin ?? null,
    },
    index,
    partialIndex: null,
    weights: null,
    status: 'final',
    version: null,
    versionLabel: p.publishedAt
      ? { id: `Terbit ${p.publishedAt}`, en: `Published ${p.publishedAt}` }
      : { id: 'Terbit (tanggal tidak disebut sumber)', en: 'Published (date not stated)' },
    coverage: null,
    published: about,
    rank: { national: null, province: null },
    ranked: false,
  }
}

/** Every region's items of `year`, ranked (aggregates settled by the caller). */
export async function yearField(db: Kysely<Database>, year: number) {
  const regions = await listRegionsIn(db, {})
  const figures = await published.listPublished(db, { year })
  const items: EvaluationItem[] = []
  const headline: EvaluationItem[] = []
  for (const region of regions) {
    const ev = await currentEvaluation(db, FIELD_READER, region, year)
    const computed = computedItem(region, year, ev)
    const figure = figures.find((f) => f.regionId === region.id)
    const pub = figure && publishedItem(region, figure)
    // A computed evaluation with nothing behind it is listed only for a region with no figure.
    const substance = ev.coverage.programs > 0 || ev.updatedAt !== null || ev.versions.length > 0
    items.push(...(substance || !pub ? [computed] : []), ...(pub ? [pub] : []))
    headline.push(pub ?? computed)
  }
  const values = headline.map((h) => h.index)
  const national = competitionRanks(values)
  const province = groupRanks(
    values,
    headline.map((h) => h.provinceCode),
  )
  headline.forEach((h, i) => {
    h.rank = { national: national[i]!, province: province[i]! }
    h.ranked = national[i] !== null
  })
  const ranked = national.filter((r) => r !== null).length
  return { year, items, ranked }
}

export const RANKING_RULE = {
  id: 'Peringkat: indeks tertinggi = 1. Indeks yang sama bila dibulatkan dua desimal (seperti ditampilkan dan diterbitkan) berbagi peringkat, dan peringkat berikutnya dilompati (1, 2, 2, 4). Setiap wilayah diperingkat sekali per tahun: dengan angka terbit bila ada (hasil resmi), selain itu dengan indeks hitungan platform; angka lainnya ditampilkan tanpa peringkat. Wilayah tanpa indeks lengkap tidak diperingkat. Peringkat nasional dihitung atas semua wilayah di platform, peringkat provinsi atas wilayah provinsinya.',
  en: 'Rank: highest index = 1. Indexes equal when rounded to two decimals (as shown and published) share a rank, and the next rank is skipped (1, 2, 2, 4). Each region is ranked once a year: by its published figure where one exists (the official result), otherwise by the index computed here; its other figure is listed unranked. Regions without a complete index are not ranked. National ranks are over every region on the platform, province ranks over the regions of the province.',
}
