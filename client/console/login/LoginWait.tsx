// The message for a refused login (429): how long to wait before trying again. Waits grow from
// a second (auth/login-throttle.ts), so short ones are said in seconds.
import { t } from '../../shared/i18n'

export function LoginWait(props: { seconds?: number }) {
  const seconds = () => Math.max(1, Math.ceil(props.seconds ?? 60))
  const wait = () => {
    if (seconds() < 60) return { id: `${seconds()} detik`, en: `${seconds()} s` }
    const minutes = Math.ceil(seconds() / 60)
    return { id: `${minutes} menit`, en: `${minutes} minute${minutes === 1 ? '' : 's'}` }
  }
  return (
    <p class="alert alert-warning" role="alert">
      {t({
        id: `Terlalu banyak percobaan masuk. Tunggu ${wait().id}, lalu coba lagi.`,
        en: `Too many login attempts. Wait ${wait().en}, then try again.`,
      })}
    </p>
  )
}
