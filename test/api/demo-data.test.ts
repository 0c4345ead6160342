// Specification of the demo responses: a fresh install with DEMO_DATA gives Banjarmasin's six 2024
// quick wins a marked demo questionnaire, links and a deterministic year of answers whose
// aggregates equal a recount; a second start seeds nothing again; DEMO_DATA=0 seeds nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { boot, type Booted } from '../../server/boot'
import { loadConfig, type Config } from '../../server/config'
import { seedDemoResponses } from '../../server/features/demo/responses'
import { seedDemoData } from '../../server/features/demo/seed'

const NOW = new Date('2025-01-15T01:00:00.000Z')
const dirs: string[] = []

function config(env: Record<string, string> = {}, path?: string): Config {
  const dir = mkdtempSync(join(tmpdir(), 'quickwin-demo-'))
  dirs.push(dir)
  return {
    ...loadConfig(env),
    databasePath: path ?? join(dir, 'demo.sqlite'),
    adminEmail: 'admin@demo.local',
    adminPassword: 'demo-password-123',
  }
}

const start = (c: Config) => boot(c, () => new Date(NOW))

let first: Booted
beforeAll(async () => {
  first = await start(config())
})
afterAll(async () => {
  await first.handle.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const countOf = async (b: Booted, table: 'responses' | 'questionnaires' | 'links' | 'regions') =>
  Number(
    (
      await b.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('a fresh install with demo data', () => {
  it('gives each Banjarmasin 2024 program a marked demo questionnaire, two links and answers', async () => {
    const { db } = first.deps
    const programs = await db
      .selectFrom('programs')
      .innerJoin('regions', 'regions.id', 'programs.region_id')
      .select(['programs.id', 'programs.name', 'regions.code'])
      .execute()
    const banjarmasin = programs.filter((p) => p.code === '63.71')
    expect(banjarmasin).toHaveLength(6)
    for (const program of programs) {
      const questionnaires = await db
        .selectFrom('questionnaires')
        .select(['id', 'title', 'template'])
        .where('program_id', '=', program.id)
        .execute()
      const responses = await db
        .selectFrom('responses')
        .innerJoin('links', 'links.id', 'responses.link_id')
        .select(['responses.day', 'links.channel'])
        .where('responses.program_id', '=', program.id)
        .execute()
      if (program.code !== '63.71') {
        expect(questionnaires).toEqual([])
        continue
      }
      const skm = ['Si Mantab', 'Portal Pendidikan'].includes(program.name)
      expect(questionnaires).toEqual([
        {
          id: expect.any(Number),
          title: expect.stringMatching(/\(data demo\)$/),
          template: skm ? 'skm' : 'impact',
        },
      ])
      const channels = await db
        .selectFrom('links')
        .select('channel')
        .where('questionnaire_id', '=', questionnaires[0]!.id)
        .execute()
      expect(channels.map((l) => l.channel)).toEqual(['Demo: WhatsApp', 'Demo: Loket pelayanan'])
      expect(responses.length).toBeGreaterThanOrEqual(150)
      expect(responses.length).toBeLessThanOrEqual(400)
      expect(
        responses.every((r) => r.day.startsWith('2024-') && r.channel.startsWith('Demo: ')),
      ).toBe(true)
    }
  })

  it('keeps aggregates that equal a recount of the raw demo responses', async () => {
    const { db } = first.deps
    const rows = await db
      .selectFrom('responses')
      .select(['questionnaire_id', 'link_id', 'day', 'answers', 'segments', 'impact'])
      .execute()
    const expectedDaily = new Map<string, number>()
    const expectedAnswers = new Map<string, number>()
    const expectedSegments = new Map<string, number>()
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
    for (const r of rows) {
      add(expectedDaily, `${r.questionnaire_id}|${r.link_id}|${r.day}`)
      for (const [code, value] of Object.entries(JSON.parse(r.answers))) {
        if (code !== 'comments') add(expectedAnswers, `${r.questionnaire_id}|${code}|${value}`)
      }
      for (const [code, value] of Object.entries(JSON.parse(r.segments))) {
        add(expectedSegments, `${r.questionnaire_id}|${code}|${value}`)
      }
    }
    const daily = await db
      .selectFrom('agg_daily')
      .select(['questionnaire_id', 'link_id', 'day', 'responses'])
      .execute()
    expect(
      new Map(daily.map((d) => [`${d.questionnaire_id}|${d.link_id}|${d.day}`, d.responses])),
    ).toEqual(expectedDaily)
    const answers = await db
      .selectFrom('agg_answers')
      .select(['questionnaire_id', 'code', 'value'])
      .select((eb) => eb.fn.sum<number>('n').as('n'))
      .groupBy(['questionnaire_id', 'code', 'value'])
      .execute()
    expect(
      new Map(answers.map((a) => [`${a.questionnaire_id}|${a.code}|${a.value}`, Number(a.n)])),
    ).toEqual(expectedAnswers)
    const segments = await db
      .selectFrom('agg_segment_daily')
      .select(['questionnaire_id', 'segment_code', 'segment_value'])
      .select((eb) => eb.fn.sum<number>('responses').as('responses'))
      .groupBy(['questionnaire_id', 'segment_code', 'segment_value'])
      .execute()
    expect(
      new Map(
        segments.map((s) => [
          `${s.questionnaire_id}|${s.segment_code}|${s.segment_value}`,
          Number(s.responses),
        ]),
      ),
    ).toEqual(expectedSegments)
    expect(rows.some((r) => 'comments' in JSON.parse(r.answers))).toBe(true)
  })

  it('is the same on every fresh install (seeded generator)', async () => {
    const second = await start(config())
    const sample = (b: Booted) =>
      b.deps.db
        .selectFrom('responses')
        .select(['program_id', 'link_id', 'submitted_at', 'answers', 'impact'])
        .orderBy('id')
        .execute()
    expect(await sample(second)).toEqual(await sample(first))
    await second.handle.close()
  })
})

describe('later starts and DEMO_DATA=0', () => {
  it('a second start on the same database seeds nothing again', async () => {
    const c = config()
    const once = await start(c)
    const before = await Promise.all([countOf(once, 'responses'), countOf(once, 'questionnaires')])
    await once.handle.close()
    const again = await start(c)
    expect(again.seeded).toBe(false)
    expect(
      await Promise.all([countOf(again, 'responses'), countOf(again, 'questionnaires')]),
    ).toEqual(before)
    await again.handle.close()
  })

  it('DEMO_DATA=0 seeds no regions, questionnaires, links or responses', async () => {
    const off = await start(config({ DEMO_DATA: '0' }))
    expect(off.seeded).toBe(false)
    for (const table of ['regions', 'questionnaires', 'links', 'responses'] as const) {
      expect(await countOf(off, table), table).toBe(0)
    }
    await off.handle.close()
  })

  it('writes the demo responses on a database seeded without them', async () => {
    const b = await start(config({ DEMO_DATA: '0' }))
    await seedDemoData(b.deps.db, NOW)
    expect(await seedDemoResponses(b.deps.db, b.deps.responses, NOW)).toBeGreaterThan(900)
    await b.handle.close()
  })
})
