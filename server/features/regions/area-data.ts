// The official Kemendagri code list (province -> kabupaten/kota -> kecamatan) from the
// idn-area-data package's CSV files (data under ODbL; credited in the README). Loaded once,
// lazily, and kept in memory (~7,300 kecamatan).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'csv-parse/sync'

export interface AreaProvince {
  code: string
  name: string
}
export interface AreaRegency {
  code: string
  provinceCode: string
  name: string
  kind: 'kota' | 'kabupaten'
}
export interface AreaDistrict {
  code: string
  regencyCode: string
  name: string
}

interface AreaData {
  provinces: AreaProvince[]
  regencies: AreaRegency[]
  districtsByRegency: Map<string, AreaDistrict[]>
}

let cached: AreaData | undefined

function readCsv(file: string): Record<string, string>[] {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')),
    'data',
  )
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true })
}

function load(): AreaData {
  if (cached) return cached
  const provinces = readCsv('provinces.csv').map((r) => ({ code: r.code!, name: r.name! }))
  const regencies = readCsv('regencies.csv').map((r) => ({
    code: r.code!,
    provinceCode: r.province_code!,
    name: r.name!,
    kind: /^kota\b/i.test(r.name!) ? ('kota' as const) : ('kabupaten' as const),
  }))
  const districtsByRegency = new Map<string, AreaDistrict[]>()
  for (const r of readCsv('districts.csv')) {
    const d = { code: r.code!, regencyCode: r.regency_code!, name: r.name! }
    const list = districtsByRegency.get(d.regencyCode) ?? []
    list.push(d)
    districtsByRegency.set(d.regencyCode, list)
  }
  cached = { provinces, regencies, districtsByRegency }
  return cached
}

export function listProvinces(): AreaProvince[] {
  return load().provinces
}

export function listRegencies(provinceCode: string): AreaRegency[] {
  return load().regencies.filter((r) => r.provinceCode === provinceCode)
}

export function findRegency(code: string): (AreaRegency & { province: AreaProvince }) | undefined {
  const data = load()
  const regency = data.regencies.find((r) => r.code === code)
  const province = regency && data.provinces.find((p) => p.code === regency.provinceCode)
  return regency && province ? { ...regency, province } : undefined
}

export function listDistricts(regencyCode: string): AreaDistrict[] {
  return load().districtsByRegency.get(regencyCode) ?? []
}
