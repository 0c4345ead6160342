// Every text of the public results pages in Indonesian and English, one place to review them.
export type Lang = 'id' | 'en'
type Text = { id: string; en: string }
const both = (id: string, en: string): Text => ({ id, en })

export const TEXT = {
  results: both('Hasil survei', 'Survey results'),
  regionTitle: (name: string) =>
    both(`Hasil survei layanan publik ${name}`, `Public service survey results, ${name}`),
  regionLead: both(
    'Setiap program di bawah ini mempublikasikan hasil survei kepuasan dan dampaknya, beserta tindak lanjut yang dijanjikan.',
    'Each program below publishes its satisfaction and impact survey results, with the follow-up it committed to.',
  ),
  regionEmpty: both(
    'Belum ada program di wilayah ini yang mempublikasikan hasil.',
    'No program in this region has published its results yet.',
  ),
  respondents: (n: string) => both(`${n} responden`, `${n} respondents`),
  period: both('Periode', 'Period'),
  upTo: (day: string) => both(`data s.d. ${day}`, `data up to ${day}`),
  ikm: both('Indeks Kepuasan Masyarakat (IKM)', 'Public Satisfaction Index (IKM)'),
  mutu: both('Mutu pelayanan', 'Service quality'),
  interval: (range: string) =>
    both(`Interval kepercayaan 95%: ${range}`, `95% confidence interval: ${range}`),
  impact: both('Skor dampak program (0-5)', 'Program impact score (0-5)'),
  tooFew: (n: string, min: string) =>
    both(
      `Baru ${n} responden. Angka ditampilkan setelah sedikitnya ${min} responden, agar jawaban perorangan tidak dapat dikenali.`,
      `Only ${n} respondents so far. Figures are shown from ${min} respondents on, so that no one's answers can be recognised.`,
    ),
  elements: both('Nilai per unsur pelayanan', 'Score of each service element'),
  elementsNote: both(
    'Nilai konversi 25-100 (rata-rata jawaban 1-4 x 25) dari responden yang menjawab unsur itu.',
    'Converted score 25-100 (mean answer 1-4 x 25) of the respondents who rated the element.',
  ),
  followUps: both('Anda menyampaikan, kami menindaklanjuti', 'You told us, we act on it'),
  followUpsLead: both(
    'Tindakan yang direncanakan unit layanan untuk unsur yang dinilai kurang, dan hasilnya.',
    'What the service unit plans to do about the elements rated low, and what came of it.',
  ),
  noFollowUps: both('Belum ada tindak lanjut yang dicatat.', 'No follow-up has been recorded yet.'),
  due: (q: string) => both(`Target: ${q}`, `Due: ${q}`),
  unit: (u: string) => both(`Penanggung jawab: ${u}`, `Responsible: ${u}`),
  status: {
    rencana: both('Rencana', 'Planned'),
    berjalan: both('Berjalan', 'In progress'),
    selesai: both('Selesai', 'Done'),
  } as Record<string, Text>,
  effect: {
    up: both('naik bermakna', 'rose significantly'),
    down: both('turun bermakna', 'fell significantly'),
    none: both('belum berubah bermakna', 'no significant change yet'),
    not_yet: both('hasilnya dinilai mulai triwulan berikutnya', 'judged from the next quarter on'),
    not_enough_data: both(
      'data belum cukup untuk menilai hasilnya',
      'not enough data to judge it yet',
    ),
  } as Record<string, Text>,
  effectLine: (what: string, before: string, after: string, change: string, ci: string) =>
    both(
      `${what}: ${before} sebelum, ${after} sesudah (perubahan ${change}; IK 95% ${ci})`,
      `${what}: ${before} before, ${after} after (change ${change}; 95% CI ${ci})`,
    ),
  comments: both('Suara warga', 'What citizens said'),
  commentsNote: both(
    'Komentar yang dipilih unit layanan untuk ditampilkan, tanpa identitas pengirim.',
    'Comments the service unit chose to show, without who sent them.',
  ),
  method: both('Cara menghitung', 'How it is computed'),
  methodText: both(
    'IKM mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017: nilai rata-rata sembilan unsur pelayanan (skala 1-4) dengan bobot sama 1/9, dikalikan 25; mutu A (88,31-100), B (76,61-88,30), C (65,00-76,60), D (25,00-64,99). Skor dampak adalah 5 x rata-rata skor responden. Interval kepercayaan 95% menunjukkan ketidakpastian karena tidak semua pengguna layanan mengisi survei. Halaman ini tidak memuat data pribadi.',
    'The IKM follows Minister of PANRB Regulation 14/2017: the mean of nine service elements (1-4 scale) with equal weight 1/9, times 25; quality A (88.31-100), B (76.61-88.30), C (65.00-76.60), D (25.00-64.99). The impact score is 5 x the mean respondent score. The 95% confidence interval shows the uncertainty from not every user answering. This page holds no personal data.',
  ),
  tv: both('Tampilan layar TV', 'TV screen view'),
  badge: both('Lencana untuk situs web', 'Badge for your website'),
  badgeHelp: both(
    'Salin kode ini ke halaman situs web instansi:',
    "Copy this code into your agency's web page:",
  ),
  regionLink: (name: string) => both(`Semua program di ${name}`, `Every program in ${name}`),
  see: both('Lihat hasil', 'See the results'),
  updated: (time: string) => both(`Diperbarui ${time}`, `Updated ${time}`),
  language: both('English', 'Bahasa Indonesia'),
  tvThanks: both('Terima kasih atas penilaian Anda', 'Thank you for your feedback'),
  notFound: both(
    'Hasil survei ini belum dipublikasikan.',
    'These survey results have not been published.',
  ),
}

/** The text in the page's language. */
export const tr = (text: Text, lang: Lang) => text[lang]
