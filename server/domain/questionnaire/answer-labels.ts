// What an answer reads as, in the wording of the version it answered: an option's label, a scale
// point's label, Ya/Tidak, or the number or text itself. The response view and labelled exports
// show it; the codes stay in the answers.
import type { Question, Text } from './definition'

const YES_NO: Record<string, Text> = {
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
}

const plain = (x: string): Text => ({ id: x, en: x })

/** The label of one answer value (an option value, a scale point, yes/no, a number or text). */
export function valueLabel(question: Question, value: string | number): Text {
  const text = String(value)
  switch (question.type) {
    case 'single':
    case 'multi':
    case 'segment':
      return question.options.find((o) => o.value === text)?.label ?? plain(text)
    case 'yesno':
      return YES_NO[text] ?? plain(text)
    case 'likert': {
      const label = question.scale.labels?.[Number(value) - question.scale.min]
      return label
        ? { id: `${text} - ${label.id}`, en: `${text} - ${label.en ?? label.id}` }
        : plain(text)
    }
    default:
      return plain(text)
  }
}

/** The label of a whole answer; a multi answer's labels joined with "; ". Null when unanswered. */
export function answerLabel(question: Question, answer: unknown): Text | null {
  if (answer === null || answer === undefined) return null
  if (Array.isArray(answer)) {
    const labels = answer.map((v) => valueLabel(question, v as string))
    return {
      id: labels.map((l) => l.id).join('; '),
      en: labels.map((l) => l.en ?? l.id).join('; '),
    }
  }
  if (typeof answer === 'string' || typeof answer === 'number') return valueLabel(question, answer)
  return plain(JSON.stringify(answer))
}
