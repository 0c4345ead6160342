// What the form says when it cannot take answers (the link's state, an earlier response from this
// device, a page without its data) and while answers wait to be sent; both languages.
import type { LinkState } from './payload'

type Text = { id: string; en: string }
const both = (id: string, en: string): Text => ({ id, en })

/** A page other than the questionnaire: a link state, or `responded` / `broken`. */
export type StateKind = Exclude<LinkState, 'open'> | 'responded' | 'broken'

export const STATE_PAGES: Record<StateKind, { title: Text; body: Text }> = {
  not_open: {
    title: both('Kuesioner belum dibuka', 'Not open yet'),
    body: both(
      'Kuesioner ini belum menerima jawaban. Silakan kembali lagi nanti.',
      'This questionnaire is not taking answers yet. Please come back later.',
    ),
  },
  closed: {
    title: both('Kuesioner sudah ditutup', 'This questionnaire is closed'),
    body: both(
      'Masa pengisian kuesioner ini sudah berakhir. Terima kasih atas minat Anda.',
      'The time to answer this questionnaire is over. Thank you for your interest.',
    ),
  },
  capped: {
    title: both('Kuota jawaban sudah terpenuhi', 'Enough answers received'),
    body: both(
      'Kuesioner ini sudah menerima jumlah jawaban yang dibutuhkan. Terima kasih atas minat Anda.',
      'This questionnaire has received all the answers it needs. Thank you for your interest.',
    ),
  },
  inactive: {
    title: both('Tautan tidak aktif', 'This link is not active'),
    body: both(
      'Pengelola program telah menonaktifkan tautan ini. Gunakan tautan atau kode QR terbaru dari petugas layanan.',
      'The program team has switched this link off. Use the latest link or QR code from the service staff.',
    ),
  },
  unpublished: {
    title: both('Kuesioner belum diterbitkan', 'Not published yet'),
    body: both(
      'Kuesioner ini masih disiapkan. Silakan coba lagi nanti.',
      'This questionnaire is still being prepared. Please try again later.',
    ),
  },
  unknown: {
    title: both('Tautan tidak ditemukan', 'Link not found'),
    body: both(
      'Periksa kembali alamat tautan atau kode QR yang Anda pindai.',
      'Check the address of the link or the QR code you scanned.',
    ),
  },
  responded: {
    title: both('Anda sudah mengisi kuesioner ini', 'You have already answered'),
    body: both(
      'Perangkat ini sudah mengirim jawaban untuk kuesioner ini. Terima kasih atas partisipasi Anda.',
      'This device has already sent answers to this questionnaire. Thank you for taking part.',
    ),
  },
  broken: {
    title: both('Kuesioner tidak dapat dimuat', 'The questionnaire could not be loaded'),
    body: both(
      'Muat ulang halaman ini, atau coba lagi beberapa saat lagi.',
      'Reload this page, or try again in a little while.',
    ),
  },
}

export const STATE_TEXT = {
  opensAt: (date: string) => both(`Dibuka mulai ${date}.`, `Opens on ${date}.`),
  closedAt: (date: string) => both(`Ditutup pada ${date}.`, `Closed on ${date}.`),
  notSent: both(
    'Jawaban Anda tidak dapat dikirim karena kuesioner ini tidak lagi menerima jawaban.',
    'Your answers could not be sent because this questionnaire no longer takes answers.',
  ),
  yourReceipt: both('Kode tanda terima Anda', 'Your receipt code'),
  pendingTitle: both('Jawaban belum terkirim', 'Answers not sent yet'),
  pendingNetwork: both(
    'Perangkat Anda sedang offline atau sinyalnya lemah.',
    'Your device is offline or the signal is weak.',
  ),
  pendingServer: both(
    'Server sedang sibuk atau mengalami gangguan.',
    'The server is busy or having trouble.',
  ),
  pendingKept: both(
    'Jawaban Anda aman tersimpan di perangkat ini dan akan dikirim otomatis begitu koneksi tersedia. Jangan hapus data browser sebelum terkirim.',
    'Your answers are safely kept on this device and will be sent automatically once there is a connection. Do not clear the browser data before they are sent.',
  ),
  pendingMemoryOnly: both(
    'Browser ini tidak mengizinkan penyimpanan: biarkan halaman ini tetap terbuka sampai jawaban terkirim.',
    'This browser does not allow storage: keep this page open until the answers are sent.',
  ),
  waiting: (n: number) =>
    both(
      `${n} jawaban menunggu dikirim`,
      n === 1 ? '1 response waiting to be sent' : `${n} responses waiting to be sent`,
    ),
  retryNow: both('Coba kirim sekarang', 'Try sending now'),
  thanks: both('Terima kasih!', 'Thank you!'),
  thankYouDefault: both(
    'Jawaban Anda sudah kami terima. Terima kasih atas partisipasi Anda.',
    'We have received your answers. Thank you for taking part.',
  ),
  receiptHelp: both(
    'Simpan atau foto kode ini sebagai bukti bahwa jawaban Anda sudah diterima.',
    'Keep or photograph this code as proof that your answers were received.',
  ),
  receivedAt: (date: string) => both(`Diterima ${date}`, `Received ${date}`),
  programPage: (name: string) =>
    both(`Lihat hasil survei ${name}`, `See the survey results of ${name}`),
}
