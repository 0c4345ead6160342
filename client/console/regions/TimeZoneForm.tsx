// Changing a region's time zone (admin): WIB, WITA or WIT. The region's responses then count on
// their calendar day in the new zone, so trends, periods and the evaluation year move with it;
// the form says so before the admin confirms.
import { useAction } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { ZONE_NAMES, type IndonesianZone } from '../../../server/domain/calendar'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { changeRegionTimeZone, type Region } from '../api/reference'
import { createSubmission } from '../forms/submission'

const ZONES: { zone: IndonesianZone; offset: string; where: { id: string; en: string } }[] = [
  {
    zone: 'Asia/Jakarta',
    offset: 'UTC+7',
    where: { id: 'Sumatra, Jawa, Kalbar, Kalteng', en: 'Sumatra, Java, West/Central Kalimantan' },
  },
  {
    zone: 'Asia/Makassar',
    offset: 'UTC+8',
    where: {
      id: 'Bali, NTB, NTT, Kalsel, Kaltim, Kaltara, Sulawesi',
      en: 'Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi',
    },
  },
  { zone: 'Asia/Jayapura', offset: 'UTC+9', where: { id: 'Maluku, Papua', en: 'Maluku, Papua' } },
]

export const zoneLabel = (zone: string) => {
  const known = ZONES.find((z) => z.zone === zone)
  return known ? `${ZONE_NAMES[known.zone]} (${known.offset}, ${zone})` : zone
}

export function TimeZoneForm(props: { region: Region; onDone: (message?: string) => void }) {
  const [zone, setZone] = createSignal(props.region.timeZone)
  const change = useAction(changeRegionTimeZone)
  const submission = createSubmission(change)
  const changed = () => zone() !== props.region.timeZone

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!changed()) return props.onDone()
    const region = await submission.submit(props.region.id, zone())
    if (region)
      props.onDone(
        t({
          id: `Zona waktu ${region.name} kini ${zoneLabel(region.timeZone)}.`,
          en: `${region.name} now keeps ${zoneLabel(region.timeZone)}.`,
        }),
      )
  }

  return (
    <form class="stack time-zone-form" onSubmit={onSubmit} novalidate>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={['timeZone']} />
      </Show>
      <Field
        label={t({ id: 'Zona waktu', en: 'Time zone' })}
        error={submission.fieldErrors().timeZone}
      >
        {(control) => (
          <select {...control} onChange={(e) => setZone(e.currentTarget.value)}>
            <For each={ZONES}>
              {(z) => (
                <option value={z.zone} selected={zone() === z.zone}>
                  {ZONE_NAMES[z.zone]} ({z.offset}) – {t(z.where)}
                </option>
              )}
            </For>
            <Show when={!ZONES.some((z) => z.zone === props.region.timeZone)}>
              <option value={props.region.timeZone} selected={zone() === props.region.timeZone}>
                {props.region.timeZone}
              </option>
            </Show>
          </select>
        )}
      </Field>
      <p class="alert alert-warning">
        {t({
          id: 'Setiap tanggapan wilayah ini akan dihitung pada hari kalender zona yang baru: tren, periode, tahun evaluasi dan waktu di unduhan ikut berpindah (mis. tanggapan pukul 00.30 WITA tanggal 1 April masuk ke 31 Maret bila zonanya WIB).',
          en: 'Every response of the region will count on its calendar day in the new zone: trends, periods, the evaluation year and the times in downloads move with it (e.g. a response at 00:30 WITA on 1 April falls on 31 March in WIB).',
        })}
      </p>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending() || !changed()}>
          {submission.pending()
            ? t({ id: 'Memindahkan tanggapan…', en: 'Moving the responses…' })
            : t({ id: 'Simpan zona waktu', en: 'Save the time zone' })}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onDone()}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
    </form>
  )
}
