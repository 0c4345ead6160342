// Input and output schemas of the region and area-picker routes.
import * as v from 'valibot'

export const CreateRegionSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{2}\.\d{2}$/, 'region.code-format')),
})

export const RegencyQuerySchema = v.object({
  province: v.pipe(v.string(), v.regex(/^\d{2}$/, 'province.code-format')),
})

const KecamatanSchema = v.object({ code: v.string(), name: v.string() })

export const RegionSchema = v.object({
  id: v.number(),
  code: v.string(),
  name: v.string(),
  kind: v.picklist(['kota', 'kabupaten']),
  province: v.string(),
  /** Kemendagri province code, the first segment of the region code (`63`). */
  provinceCode: v.string(),
  /** IANA zone the region's days are counted in: WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura. */
  timeZone: v.string(),
  kecamatan: v.array(KecamatanSchema),
})

export const RegionIdParamSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'id.region')),
})

export const UpdateRegionSchema = v.object({
  timeZone: v.pipe(
    v.string(),
    v.regex(
      /^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/,
      'Use an IANA time zone such as Asia/Makassar.',
    ),
    v.maxLength(64),
  ),
})

export const RegionListSchema = v.object({ items: v.array(RegionSchema) })

export const ProvinceListSchema = v.object({
  items: v.array(v.object({ code: v.string(), name: v.string() })),
})

export const RegencyListSchema = v.object({
  items: v.array(
    v.object({
      code: v.string(),
      name: v.string(),
      kind: v.picklist(['kota', 'kabupaten']),
      added: v.boolean(),
    }),
  ),
})
