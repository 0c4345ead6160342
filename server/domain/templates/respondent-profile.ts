// Respondent-profile questions shared by the templates: segment questions (age band, gender,
// education, occupation, kecamatan) that break results down and are never scored.
import type { Option, QuestionOf, Text } from '../questionnaire/definition'
import type { TemplateContext } from './template-context'

const option = (value: string, id: string, en: string): Option => ({ value, label: { id, en } })

function segment(
  code: QuestionOf<'segment'>['source'] & string,
  text: Text,
  options: Option[],
): QuestionOf<'segment'> {
  return { code, type: 'segment', source: code, text, required: false, options }
}

/** Age bands as SKM reports print them. */
export function ageQuestion(): QuestionOf<'segment'> {
  return segment('age', { id: 'Umur', en: 'Age' }, [
    option('lt20', '< 20 tahun', 'Under 20'),
    option('20-29', '20-29 tahun', '20-29'),
    option('30-39', '30-39 tahun', '30-39'),
    option('40-49', '40-49 tahun', '40-49'),
    option('50-59', '50-59 tahun', '50-59'),
    option('gte60', '≥ 60 tahun', '60 or older'),
  ])
}

export function genderQuestion(): QuestionOf<'segment'> {
  return segment('gender', { id: 'Jenis kelamin', en: 'Gender' }, [
    option('laki-laki', 'Laki-laki', 'Male'),
    option('perempuan', 'Perempuan', 'Female'),
  ])
}

export function educationQuestion(): QuestionOf<'segment'> {
  return segment('education', { id: 'Pendidikan terakhir', en: 'Highest education' }, [
    option('sd', 'SD', 'Primary school'),
    option('smp', 'SMP', 'Junior high school'),
    option('sma-smk', 'SMA/SMK', 'Senior high or vocational school'),
    option('d1-d3', 'D1-D3', 'Diploma (D1-D3)'),
    option('s1-d4', 'S1/D4', "Bachelor's degree (S1/D4)"),
    option('s2', 'S2', "Master's degree (S2)"),
    option('s3', 'S3', 'Doctorate (S3)'),
  ])
}

export function occupationQuestion(): QuestionOf<'segment'> {
  return segment('occupation', { id: 'Pekerjaan', en: 'Occupation' }, [
    option('pns-asn', 'PNS/ASN', 'Civil servant'),
    option('tni-polri', 'TNI/Polri', 'Military or police'),
    option('swasta', 'Pegawai swasta', 'Private employee'),
    option('wirausaha', 'Wirausaha', 'Self-employed'),
    option('pelajar-mahasiswa', 'Pelajar/mahasiswa', 'Student'),
    option('lainnya', 'Lainnya', 'Other'),
  ])
}

/** The kecamatan question (option value = Kemendagri code), or none when no kecamatan is known. */
export function kecamatanQuestions(ctx: TemplateContext): QuestionOf<'segment'>[] {
  if (!ctx.kecamatan || ctx.kecamatan.length === 0) return []
  // A kecamatan's name is a proper name: the same in both languages.
  const options = ctx.kecamatan.map((k) => ({ value: k.code, label: { id: k.name, en: k.name } }))
  return [
    segment(
      'kecamatan',
      { id: 'Kecamatan tempat tinggal', en: 'Kecamatan (district) of residence' },
      options,
    ),
  ]
}
