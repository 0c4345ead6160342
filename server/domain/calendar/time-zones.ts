// Indonesia's three time zones and the one a region keeps its calendar in, derived from its
// province (Kemendagri province code, the first two digits of a region code). None of them has
// daylight saving time.

export type IndonesianZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura'

/** The short names Indonesians use: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). */
export const ZONE_NAMES: Record<IndonesianZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

/** Bali, NTB, NTT, Kalimantan Selatan, Timur and Utara, and the six Sulawesi provinces. */
const WITA_PROVINCES = new Set([
  '51',
  '52',
  '53',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
])

/**
 * The zone of a province: WIT for Maluku (81, 82) and every Papua province (9x), WITA for
 * WITA_PROVINCES, WIB for the rest (Sumatra, Java, Kalimantan Barat and Tengah).
 */
export function timeZoneOfProvince(provinceCode: string): IndonesianZone {
  const code = provinceCode.slice(0, 2)
  if (code === '81' || code === '82' || code.startsWith('9')) return 'Asia/Jayapura'
  if (WITA_PROVINCES.has(code)) return 'Asia/Makassar'
  return 'Asia/Jakarta'
}

/** WIB, WITA or WIT for Indonesia's zones; any other IANA zone by its name. */
export function zoneName(timeZone: string): string {
  return ZONE_NAMES[timeZone as IndonesianZone] ?? timeZone
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}
