// The message for a refused login (429): how long to wait before trying again.
import { t } from '../../shared/i18n'

export function LoginWait(props: { seconds?: number }) {
  const minutes = () => Math.max(1, Math.ceil((props.seconds ?? 60) / 60))
  return (
    <p class="alert alert-warning" role="alert">
      {t({
        id: `Terlalu banyak percobaan masuk. Tunggu ${minutes()} menit, lalu coba lagi.`,
        en: `Too many login attempts. Wait ${minutes()} minute${minutes() === 1 ? '' : 's'}, then try again.`,
      })}
    </p>
  )
}
